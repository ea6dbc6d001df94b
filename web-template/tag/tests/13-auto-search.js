// Automatic mode: search carries the search term
dataLayer = { event: 'search', search_term: ' red vase ', 'gtm.uniqueEventId': 5 };
runCode(withData({ eventName: 'auto' }));
assertThat(tracked()).isEqualTo([['track', 'search', { search_query: 'red vase', event_id: PAGE_VIEW_ID + '.5' }]]);
