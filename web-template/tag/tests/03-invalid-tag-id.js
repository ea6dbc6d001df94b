// Fails without loading anything when no tag ID is valid
runCode(withData({ tagId: '12345' }));
assertThat(pintrkCalls).isEqualTo([]);
assertThat(injected).isEqualTo([]);
assertApi('gtmOnFailure').wasCalled();
assertApi('gtmOnSuccess').wasNotCalled();
