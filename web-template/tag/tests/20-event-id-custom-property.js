// An event_id custom property counts as the explicit event ID
runCode(withData({ eventName: 'signup', customProperties: [{ name: 'event_id', value: 'E-1' }] }));
assertThat(tracked()[0][2].event_id).isEqualTo('E-1');
