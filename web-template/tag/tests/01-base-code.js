// Base code only: loads the tag, sends the page visit (a pagevisit event code, never a bare page call) with its event_id, injects core.js and succeeds
runCode(mockData);
assertThat(pintrkCalls).isEqualTo([['load', TAG_ID, {}], ['track', 'pagevisit', { event_id: PAGE_VISIT_ID }]]);
assertThat(injected).isEqualTo(['https://s.pinimg.com/ct/core.js']);
assertApi('gtmOnSuccess').wasCalled();
assertApi('gtmOnFailure').wasNotCalled();
