// Without gtm.uniqueEventId the id is still unique to the page view
dataLayer = { event: 'add_to_cart' };
assertThat(runCode(mockData).indexOf(PAGE_VIEW_ID + '.r')).isEqualTo(0);
