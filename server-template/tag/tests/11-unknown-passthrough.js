// Unknown events can keep their own name; a name Pinterest cannot take becomes custom
eventData = { event_name: 'quote_request', event_id: 'E-1', ip_override: '203.0.113.9', user_agent: 'UA' };
runCode(withData({ unknownEvents: 'passthrough' }));
assertThat(sent().event_name).isEqualTo('quote_request');
requests = [];
eventData.event_name = 'step-2';
runCode(withData({ unknownEvents: 'passthrough' }));
assertThat(sent().event_name).isEqualTo('custom');
