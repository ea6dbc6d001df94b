// Automatic mode on page_view and GTM page events sends the base code's page visit once, never a second pagevisit track
['gtm.js', 'page_view', 'gtm.dom'].forEach((name, i) => {
  dataLayer = { event: name, 'gtm.uniqueEventId': i + 1 };
  runCode(withData({ eventName: 'auto' }));
});
assertThat(callsOf('page')).isEqualTo([['page', { event_id: PAGE_VIEW_ID + '.page' }]]);
assertThat(tracked()).isEqualTo([]);
