// Custom properties are added, win over everything else, and empty ones are skipped
dataLayer = { 'gtm.uniqueEventId': 9 };
runCode(withData({ eventName: 'lead', leadType: 'Newsletter', customProperties: [
  { name: 'lead_type', value: 'Catalog' }, { name: 'property', value: 'shop-eu' }, { name: 'empty', value: '' }, { name: '', value: 'x' },
] }));
assertThat(tracked()[0][2]).isEqualTo({ lead_type: 'Catalog', property: 'shop-eu', event_id: PAGE_VIEW_ID + '.9' });
