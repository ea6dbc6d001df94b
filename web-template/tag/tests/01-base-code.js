// Base code only: loads the tag, sends page, injects core.js and succeeds
runCode(mockData);
assertThat(pintrkCalls).isEqualTo([['load', TAG_ID, {}], ['page']]);
assertThat(injected).isEqualTo(['https://s.pinimg.com/ct/core.js']);
assertApi('gtmOnSuccess').wasCalled();
assertApi('gtmOnFailure').wasNotCalled();
