// The web tag's line_items become contents
eventData = { event_name: 'checkout', order_id: 'T-5', ip_override: '203.0.113.9', user_agent: 'UA', line_items: [{ product_id: 'P1', product_name: 'Vase', product_price: 5, product_quantity: 2, product_brand: 'Acme' }] };
runCode(mockData);
assertThat(sent().event_id).isEqualTo('checkout_T-5');
assertThat(sent().custom_data.contents).isEqualTo([{ id: 'P1', item_price: '5', quantity: 2, item_name: 'Vase', item_brand: 'Acme' }]);
