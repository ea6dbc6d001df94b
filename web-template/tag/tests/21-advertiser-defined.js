// A custom event name is tracked as written
dataLayer = { 'gtm.uniqueEventId': 1 };
runCode(withData({ eventName: 'advertiserDefined', customEventName: 'quote_request' }));
assertThat(tracked()).isEqualTo([['track', 'quote_request', { event_id: PAGE_VIEW_ID + '.1' }]]);
