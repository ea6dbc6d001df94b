// Loads every tag ID once and sends page once
runCode(withData({ tagId: TAG_ID + ',' + OTHER_TAG_ID + ',' + TAG_ID }));
assertThat(pintrkCalls).isEqualTo([['load', TAG_ID, {}], ['load', OTHER_TAG_ID, {}], ['page', { event_id: PAGE_VIEW_ID + '.page' }]]);
