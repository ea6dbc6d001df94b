// The CORS header repeats the configured origin, not the request's spelling of it
post({ v: 1, events: [wireEvent()] }, { origin: 'HTTPS://SHOP.EXAMPLE' });
runCode(mockData);
assertThat(response.headers['access-control-allow-origin']).isEqualTo('https://shop.example');
