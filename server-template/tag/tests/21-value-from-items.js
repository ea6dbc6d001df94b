// Without a value, the value is the sum of price times quantity; currency may come from the items
eventData = { event_name: 'add_to_cart', event_id: 'E-1', ip_override: '203.0.113.9', user_agent: 'UA', items: [{ item_id: 'A', price: 19.99, quantity: 3, currency: 'gbp' }] };
runCode(mockData);
assertThat(sent().custom_data).isEqualTo({ currency: 'GBP', value: '59.97', num_items: 3, content_ids: ['A'], contents: [{ id: 'A', item_price: '19.99', quantity: 3 }] });
