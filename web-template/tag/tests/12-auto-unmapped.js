// Automatic mode: an event with no Pinterest meaning tracks nothing but still loads the tag
dataLayer = { event: 'gtm.click', 'gtm.uniqueEventId': 4 };
runCode(withData({ eventName: 'auto' }));
assertThat(tracked()).isEqualTo([]);
assertThat(callsOf('load').length).isEqualTo(1);
assertApi('gtmOnSuccess').wasCalled();
