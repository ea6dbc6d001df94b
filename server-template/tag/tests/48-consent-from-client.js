// The page's consent forwarded by the Pinterest client is applied like GA4's signals
eventData = { event_name: 'purchase', event_id: 'E-1', ip_override: '203.0.113.9', user_agent: 'UA', consent_state: { ad_storage: 'granted', ad_user_data: 'denied' } };
runCode(mockData);
assertThat(requests.length).isEqualTo(0);
assertThat(logText()).contains('ad_user_data is denied');
eventData.consent_state = { ad_storage: 'granted', ad_user_data: 'granted' };
runCode(mockData);
assertThat(requests.length).isEqualTo(1);
