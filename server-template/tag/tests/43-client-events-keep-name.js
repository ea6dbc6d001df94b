// Events from the Pinterest client keep their exact name and event_id, also advertiser-defined ones
eventData = { event_name: 'quote_request', event_id: 'P.7', ip_override: '203.0.113.9', user_agent: 'UA', 'x-pinterest-gtm-source': 'client' };
runCode(mockData);
assertThat([sent().event_name, sent().event_id]).isEqualTo(['quote_request', 'P.7']);
requests = [];
eventData = { event_name: 'quote_request', event_id: 'P.8', ip_override: '203.0.113.9', user_agent: 'UA' };
runCode(mockData);
assertThat(requests.length).isEqualTo(0);
