// A field outside the protocol is refused
post({ v: 1, events: [wireEvent({ password: 'x' })] });
runCode(mockData);
assertThat(errorOf()).isEqualTo('password: is not a field of the protocol');
assertThat(ran).isEqualTo([]);
