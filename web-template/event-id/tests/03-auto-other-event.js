// Other events get the page view id and gtm.uniqueEventId
dataLayer = { event: 'add_to_cart', 'gtm.uniqueEventId': 7, ecommerce: { transaction_id: 'ignored' } };
assertThat(runCode(mockData)).isEqualTo(PAGE_VIEW_ID + '.7');
