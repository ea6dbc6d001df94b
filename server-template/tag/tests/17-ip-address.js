// The IP address loses its port; IPv6 is kept
eventData.ip_override = '[2001:db8::1]:443';
runCode(mockData);
assertThat(sent().user_data.client_ip_address).isEqualTo('2001:db8::1');
requests = [];
eventData.ip_override = '2001:db8::2';
runCode(mockData);
assertThat(sent().user_data.client_ip_address).isEqualTo('2001:db8::2');
requests = [];
eventData.ip_override = '198.51.100.4:61000';
runCode(mockData);
assertThat(sent().user_data.client_ip_address).isEqualTo('198.51.100.4');
