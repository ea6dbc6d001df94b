// The client's address and user agent reach event data only when they look like one
request.headers['x-forwarded-for'] = '198.51.100.7, <script>';
request.headers['user-agent'] = repeat('U', 513);
runCode(mockData);
assertThat(ran[0].ip_override).isUndefined();
assertThat(ran[0].user_agent).isUndefined();
reset();
request.headers['x-forwarded-for'] = '2001:db8::1';
request.headers['user-agent'] = 'Mozilla/5.0 (X11; Linux x86_64)';
runCode(mockData);
assertThat([ran[0].ip_override, ran[0].user_agent]).isEqualTo(['2001:db8::1', 'Mozilla/5.0 (X11; Linux x86_64)']);
