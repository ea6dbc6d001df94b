// A custom event name with other characters is not tracked and is logged
runCode(withData({ eventName: 'advertiserDefined', customEventName: 'quote-request!' }));
assertThat(tracked()).isEqualTo([]);
assertThat(logs.join(' ')).contains('letters and underscores');
assertApi('gtmOnSuccess').wasCalled();
