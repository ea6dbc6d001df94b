// Lists and views get no value from their items; add to cart does, and says so in the log
eventData = { event_name: 'view_item_list', event_id: 'E-1', currency: 'USD', ip_override: '203.0.113.9', user_agent: 'UA', items: [{ item_id: 'A', price: 10 }, { item_id: 'B', price: 20 }, { item_id: 'C', price: 30 }] };
runCode(mockData);
assertThat(sent().event_name).isEqualTo('view_category');
assertThat(sent().custom_data.value).isUndefined();
assertThat(sent().custom_data.num_items).isEqualTo(3);
requests = [];
eventData.event_name = 'add_to_cart';
runCode(mockData);
assertThat(sent().custom_data.value).isEqualTo('60');
assertThat(logText()).contains('value computed from the items');
