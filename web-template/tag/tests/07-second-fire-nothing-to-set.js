// A later fire without partner data sends no set
runCode(mockData);
pintrkCalls = [];
runCode(mockData);
assertThat(pintrkCalls).isEqualTo([]);
assertApi('gtmOnSuccess').wasCalled();
