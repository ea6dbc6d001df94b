// Without event_id or order, an id is generated and the missing deduplication logged
eventData = { event_name: 'add_to_cart', ip_override: '203.0.113.9', user_agent: 'UA' };
runCode(mockData);
assertThat(sent().event_id).isEqualTo('gen_1700000000000_123456789');
assertThat(logText()).contains('cannot be deduplicated');
