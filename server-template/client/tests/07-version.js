// An unknown protocol version gets 400
post({ v: 2, events: [wireEvent()] });
runCode(mockData);
assertThat(response.status).isEqualTo(400);
assertThat(errorOf()).isEqualTo('v: unsupported protocol version');
