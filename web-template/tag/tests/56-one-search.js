// One search is one Search: the site's search event is tracked; GA4's view_search_results of the same results page is not
dataLayer = { event: 'search', 'gtm.uniqueEventId': 7, search_term: 'red boots' };
runCode(withData({ eventName: 'auto' }));
dataLayer = { event: 'view_search_results', 'gtm.uniqueEventId': 8, search_term: 'red boots' };
runCode(withData({ eventName: 'auto' }));
assertThat(tracked()).isEqualTo([['track', 'search', { search_query: 'red boots', event_id: PAGE_VIEW_ID + '.7' }]]);
assertThat(logs.join(' ')).contains('no event: not a Pinterest event');
