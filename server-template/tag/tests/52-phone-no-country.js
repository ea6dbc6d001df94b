// A national phone number with no country at all is left out and logged, without the number
eventData.user_data = { email_address: 'jane@example.com', phone_number: '(555) 123-4567' };
runCode(mockData);
assertThat(sent().user_data.ph).isUndefined();
assertThat(sent().user_data.em).isEqualTo(['sha256(jane@example.com)']);
assertThat(logText()).contains('ph left out: no country for a national number');
assertThat(logText()).doesNotContain('555');
assertApi('sha256Sync').wasNotCalledWith('5551234567', { outputEncoding: 'hex' });
