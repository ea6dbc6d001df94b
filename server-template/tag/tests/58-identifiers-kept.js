// Identifiers are never judged by their shape: a dashed order number is the order_id and the event_id's order part; an ISBN and a dashed SKU are content ids
eventData.transaction_id = '2024-0615-0042';
eventData.items = [{ item_id: '978-0-306-40615-7', item_name: 'A book', price: 30, quantity: 1 }, { item_id: '100-200-300', price: 12, quantity: 1 }];
runCode(mockData);
assertThat(sent().event_id).isEqualTo('checkout_2024-0615-0042');
assertThat(sent().custom_data.order_id).isEqualTo('2024-0615-0042');
assertThat(sent().custom_data.content_ids).isEqualTo(['978-0-306-40615-7', '100-200-300']);
assertThat(sent().custom_data.contents.map((c) => c.id)).isEqualTo(['978-0-306-40615-7', '100-200-300']);
// The same purchase sent again (a reloaded thank-you page) has the same event_id: Pinterest counts it once.
runCode(mockData);
assertThat(requests[1].body.data[0].event_id).isEqualTo('checkout_2024-0615-0042');
