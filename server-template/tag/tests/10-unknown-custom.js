// Unknown events can be sent as custom
eventData = { event_name: 'quote_request', event_id: 'E-1', ip_override: '203.0.113.9', user_agent: 'UA' };
runCode(withData({ unknownEvents: 'custom' }));
assertThat(sent().event_name).isEqualTo('custom');
