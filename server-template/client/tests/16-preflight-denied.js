// A preflight from another origin gets 403
request.method = 'OPTIONS';
request.headers = { origin: 'https://evil.example' };
runCode(mockData);
assertThat(response.status).isEqualTo(403);
assertThat(response.headers['access-control-allow-origin']).isUndefined();
