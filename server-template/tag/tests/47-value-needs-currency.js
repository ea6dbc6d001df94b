// A value without a currency takes the Default currency field, else it is left out and the reason logged
eventData = { event_name: 'purchase', event_id: 'E-1', value: 20, ip_override: '203.0.113.9', user_agent: 'UA' };
runCode(mockData);
assertThat(sent().custom_data).isUndefined();
assertThat(logText()).contains('value left out');
requests = [];
runCode(withData({ defaultCurrency: 'eur' }));
assertThat(sent().custom_data).isEqualTo({ currency: 'EUR', value: '20' });
