// action_source comes from the event when Pinterest accepts it, else web
eventData = { event_name: 'purchase', event_id: 'E-1', action_source: 'app_ios', ip_override: '203.0.113.9', user_agent: 'UA' };
runCode(mockData);
assertThat(sent().action_source).isEqualTo('app_ios');
requests = [];
eventData.action_source = 'website';
runCode(mockData);
assertThat(sent().action_source).isEqualTo('web');
