// Events with no Pinterest meaning are skipped by default
eventData = { event_name: 'scroll', ip_override: '203.0.113.9', user_agent: 'UA' };
runCode(mockData);
assertThat(requests.length).isEqualTo(0);
assertApi('gtmOnSuccess').wasCalled();
assertThat(logText()).contains('scroll');
