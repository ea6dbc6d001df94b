// Automatic mode: view_item_list becomes viewcategory
dataLayer = { event: 'view_item_list', 'gtm.uniqueEventId': 3 };
runCode(withData({ eventName: 'auto' }));
assertThat(tracked()).isEqualTo([['track', 'viewcategory', { event_id: PAGE_VIEW_ID + '.3' }]]);
