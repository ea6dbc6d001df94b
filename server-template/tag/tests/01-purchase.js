// A GA4 purchase is sent as checkout with value, order id and every item
runCode(mockData);
const event = sent();
assertThat([event.event_name, event.action_source, event.event_id, event.event_source_url]).isEqualTo(['checkout', 'web', 'checkout_T-1001', 'https://shop.example/thanks']);
assertThat(event.custom_data).isEqualTo({
  currency: 'USD', value: '129.98', order_id: 'T-1001', num_items: 3, content_ids: ['SKU-1', 'SKU-2'],
  contents: [{ id: 'SKU-1', item_price: '64.99', quantity: 1, item_name: 'Vase', item_category: 'Home', item_brand: 'Acme' }, { id: 'SKU-2', item_price: '32.5', quantity: 2, item_name: 'Mug' }],
});
assertApi('gtmOnSuccess').wasCalled();
