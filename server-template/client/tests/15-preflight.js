// A preflight from an allowed origin is answered with CORS headers and runs nothing
request.method = 'OPTIONS';
request.headers = { origin: 'https://shop.example' };
runCode(mockData);
assertThat(response.status).isEqualTo(204);
assertThat([response.headers['access-control-allow-origin'], response.headers['access-control-allow-methods'], response.headers.vary]).isEqualTo(['https://shop.example', 'GET, POST, OPTIONS', 'Origin']);
assertThat(ran).isEqualTo([]);
