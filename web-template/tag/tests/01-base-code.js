// Base code only: loads the tag, sends the page visit with its event_id, injects core.js and succeeds
runCode(mockData);
assertThat(pintrkCalls).isEqualTo([['load', TAG_ID, {}], ['page', { event_id: PAGE_VIEW_ID + '.page' }]]);
assertThat(injected).isEqualTo(['https://s.pinimg.com/ct/core.js']);
assertApi('gtmOnSuccess').wasCalled();
assertApi('gtmOnFailure').wasNotCalled();
