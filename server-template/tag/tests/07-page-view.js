// page_view becomes page_visit
eventData = { event_name: 'page_view', event_id: 'E-1', ip_override: '203.0.113.9', user_agent: 'UA' };
runCode(mockData);
assertThat(sent().event_name).isEqualTo('page_visit');
assertThat(sent().custom_data).isUndefined();
