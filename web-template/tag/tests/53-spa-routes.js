// A single-page app: each route is a page view with its own page visit id; the page events of one route share it; coming back to a path is a new page view
const visit = (event, path, id) => {
  page.path = path;
  dataLayer = { event: event, 'gtm.uniqueEventId': id };
  runCode(withData({ eventName: 'auto' }));
};
visit('gtm.js', '/app/', 1);
visit('page_view', '/app/', 2);
visit('page_view', '/app/shoes', 3);
visit('gtm.dom', '/app/shoes', 4);
visit('page_view', '/app/boots', 5);
visit('page_view', '/app/', 6);
assertThat(pageVisits()).isEqualTo([PAGE_VIEW_ID + '.page1', PAGE_VIEW_ID + '.page2', PAGE_VIEW_ID + '.page3', PAGE_VIEW_ID + '.page4']);
assertThat(tracked()).isEqualTo([]);
