// A later fire on the page loads nothing again and updates partner data with set
runCode(mockData);
pintrkCalls = [];
runCode(withData({ email: 'jane@example.com' }));
assertThat(pintrkCalls).isEqualTo([['set', { em: 'sha256(jane@example.com)' }]]);
