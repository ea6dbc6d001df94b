// Without an address country the Default country completes national numbers; an invalid one is ignored and logged
eventData.user_data = { email_address: 'jane@example.com', phone_number: '07700 900123' };
runCode(withData({ defaultCountry: 'gb' }));
assertThat(sent().user_data.ph).isEqualTo(['sha256(447700900123)']);
requests = [];
eventData.user_data = { email_address: 'jane@example.com', phone_number: '(555) 123-4567', address: { country: 'US' } };
runCode(withData({ defaultCountry: 'GB' }));
assertThat(sent().user_data.ph).isEqualTo(['sha256(15551234567)']);
requests = [];
logs = [];
eventData.user_data = { email_address: 'jane@example.com', phone_number: '07700 900123' };
runCode(withData({ defaultCountry: 'Britain' }));
assertThat(sent().user_data.ph).isUndefined();
assertThat(logText()).contains('the Default country is not a two-letter ISO 3166-1 code: ignored');
