// contents[].item_price is the price before discount (GA4 price + discount); the value stays what was paid, also when computed from the items
eventData = {
  event_name: 'add_to_cart', ip_override: '203.0.113.9', user_agent: 'Mozilla/5.0', currency: 'EUR',
  items: [{ item_id: 'A', price: 8, discount: 2, quantity: 2 }, { item_id: 'B', price: '5.50', discount: '0.5', quantity: 1 }, { item_id: 'C', price: 3 }],
};
runCode(mockData);
assertThat(sent().custom_data.contents.map((c) => c.item_price)).isEqualTo(['10', '6', '3']);
assertThat(sent().custom_data.value).isEqualTo('24.5');
// The Pinterest client's line items carry the discount as product_discount.
requests = [];
eventData = {
  event_name: 'checkout', event_id: 'checkout_T-9', 'x-pinterest-gtm-source': 'client', ip_override: '203.0.113.9', user_agent: 'Mozilla/5.0', currency: 'EUR', value: 16,
  items: [{ item_id: 'A', price: 8, discount: 2, quantity: 2 }],
};
runCode(mockData);
assertThat(sent().custom_data.contents).isEqualTo([{ id: 'A', item_price: '10', quantity: 2 }]);
assertThat(sent().custom_data.value).isEqualTo('16');
