// Only entries of Allowed origins that are origins are ever answered: the CORS header repeats nothing else
request = { method: 'OPTIONS', path: '/pinterest/events', query: {}, headers: { origin: '{{x}}' }, body: undefined, ip: '198.51.100.7' };
runCode({ path: '/pinterest/events', allowedOrigins: '{{x}}, https://shop.example' });
assertThat(response.headers['access-control-allow-origin']).isUndefined();
assertThat(response.status).isEqualTo(403);
