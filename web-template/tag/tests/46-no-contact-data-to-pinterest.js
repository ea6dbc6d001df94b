// Contact data in event data never reaches pintrk: emails and phone numbers in fields, custom properties and line items are left out
dataLayer = { event: 'purchase', 'gtm.uniqueEventId': 4, search_term: 'jane@example.com', ecommerce: {
  transaction_id: 'jane@example.com', currency: 'USD', value: 5, items: [{ item_id: 'A', item_name: '+1 (415) 555-0142', price: 5, quantity: '+14155550142' }],
} };
runCode(withData({ eventName: 'auto', customProperties: [{ name: 'note', value: 'call 0044 20 7946 0958' }, { name: 'phone', value: '(415) 555-0142' }, { name: 'nested', value: { a: 'jane@example.com' } }] }));
const data = tracked()[0][2];
assertThat(JSON.stringify(data)).doesNotContain('jane');
assertThat(JSON.stringify(data)).doesNotContain('555');
assertThat(data.line_items).isEqualTo([{ product_id: 'A', product_price: 5 }]);
assertThat(data.event_id.indexOf(PAGE_VIEW_ID + '.')).isEqualTo(0);
