// A browser POST from another origin is refused; from an allowed one it carries the CORS header
post({ v: 1, events: [wireEvent()] }, { origin: 'https://evil.example' });
runCode(mockData);
assertThat(response.status).isEqualTo(403);
assertThat(ran).isEqualTo([]);
post({ v: 1, events: [wireEvent()] }, { origin: 'https://shop.example' });
response = { status: 200, headers: {}, body: '', returned: false, pixel: false };
runCode(mockData);
assertThat(response.status).isEqualTo(204);
assertThat(response.headers['access-control-allow-origin']).isEqualTo('https://shop.example');
