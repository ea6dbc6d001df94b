// A field outside the protocol is refused
post({ v: 1, events: [wireEvent({ password: 'x' })] });
runCode(mockData);
assertThat(errorOf()).isEqualTo('event: has a field outside the protocol');
assertThat(ran).isEqualTo([]);
