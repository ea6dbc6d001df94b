// Loads every tag ID once and sends the page visit once
runCode(withData({ tagId: TAG_ID + ',' + OTHER_TAG_ID + ',' + TAG_ID }));
assertThat(pintrkCalls).isEqualTo([['load', TAG_ID, {}], ['load', OTHER_TAG_ID, {}], ['track', 'pagevisit', { event_id: PAGE_VISIT_ID }]]);
