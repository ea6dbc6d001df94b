// A custom event name is sent as written
runCode(withData({ eventNameSource: 'custom', customEventName: 'quote_request' }));
assertThat(sent().event_name).isEqualTo('quote_request');
