// An email address in free text (search term, custom property, product name) never reaches pintrk or the server; phone-shaped text is judged by its field, not its shape
dataLayer = { event: 'search', 'gtm.uniqueEventId': 4, search_term: 'jane@example.com', ecommerce: {
  currency: 'USD', items: [{ item_id: 'A', item_name: 'jane%40example.com', price: 5 }, { item_id: 'B', item_name: 'Model 555-0142', price: 6 }],
} };
runCode(withData({ eventName: 'auto', serverUrl: 'https://sgtm.example.com/pinterest/events', customProperties: [
  { name: 'contact', value: 'Mail me: jane@example.com' }, { name: 'note', value: 'call 0044 20 7946 0958' }, { name: 'nested', value: { a: 'jane@example.com' } },
] }));
const data = tracked()[0][2];
assertThat(JSON.stringify(data)).doesNotContain('jane');
assertThat(data.search_query).isUndefined();
assertThat(data.line_items).isEqualTo([{ product_id: 'A', product_price: 5 }, { product_id: 'B', product_name: 'Model 555-0142', product_price: 6 }]);
assertThat(data.note).isEqualTo('call 0044 20 7946 0958');
assertThat(pixels.join(' ')).doesNotContain('jane');
