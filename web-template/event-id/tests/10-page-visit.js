// The base code's page visit has one id per page load: Automatic on page events and Base code only agree
dataLayer = { event: 'page_view', 'gtm.uniqueEventId': 4 };
assertThat(runCode(mockData)).isEqualTo(PAGE_VIEW_ID + '.page');
dataLayer = { event: 'gtm.js', 'gtm.uniqueEventId': 1 };
assertThat(runCode(mockData)).isEqualTo(PAGE_VIEW_ID + '.page');
assertThat(runCode({ eventName: 'none' })).isEqualTo(PAGE_VIEW_ID + '.page');
