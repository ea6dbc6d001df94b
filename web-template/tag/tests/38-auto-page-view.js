// Automatic mode on page_view and GTM page events sends the page visit of the page view once, with its id, and tracks nothing else
['gtm.js', 'page_view', 'gtm.dom', 'gtm.load'].forEach((name, i) => {
  dataLayer = { event: name, 'gtm.uniqueEventId': i + 1 };
  runCode(withData({ eventName: 'auto' }));
});
assertThat(pageVisits()).isEqualTo([PAGE_VISIT_ID]);
assertThat(tracked()).isEqualTo([]);
assertThat(callsOf('page')).isEqualTo([]);
