// A page visit has the id of its page view: Automatic on page events and view_item, Base code only and Page Visit agree; each single-page-app route is a page view of its own
dataLayer = { event: 'page_view', 'gtm.uniqueEventId': 4 };
assertThat(runCode(mockData)).isEqualTo(PAGE_VIEW_ID + '.page1');
dataLayer = { event: 'gtm.js', 'gtm.uniqueEventId': 1 };
assertThat(runCode(mockData)).isEqualTo(PAGE_VIEW_ID + '.page1');
dataLayer = { event: 'view_item', 'gtm.uniqueEventId': 5 };
assertThat(runCode(mockData)).isEqualTo(PAGE_VIEW_ID + '.page1');
assertThat(runCode({ eventName: 'none' })).isEqualTo(PAGE_VIEW_ID + '.page1');
assertThat(runCode({ eventName: 'pagevisit' })).isEqualTo(PAGE_VIEW_ID + '.page1');
path = '/app/shoes';
dataLayer = { event: 'page_view', 'gtm.uniqueEventId': 6 };
assertThat(runCode(mockData)).isEqualTo(PAGE_VIEW_ID + '.page2');
dataLayer = { event: 'view_item', 'gtm.uniqueEventId': 7 };
assertThat(runCode(mockData)).isEqualTo(PAGE_VIEW_ID + '.page2');
// A page view number of another shape starts again at 1.
pageViewGlobal = PAGE_VIEW_ID + ' junk /app/shoes';
assertThat(runCode(mockData)).isEqualTo(PAGE_VIEW_ID + '.page1');
