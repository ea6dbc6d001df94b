// A GA4 page_view is the page visit with the event_id the web tag's page call carries
eventData = { event_name: 'page_view', event_id: '1700000000000.123456789.page', ip_override: '203.0.113.9', user_agent: 'UA' };
runCode(mockData);
assertThat([sent().event_name, sent().event_id]).isEqualTo(['page_visit', '1700000000000.123456789.page']);
