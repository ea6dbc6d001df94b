// Countries and states that map to no code are left out and logged, without the value
eventData.user_data = { email_address: 'jane@example.com', address: { region: 'Bavaria', country: 'Atlantis' } };
runCode(mockData);
assertThat(sent().user_data.st).isUndefined();
assertThat(sent().user_data.country).isUndefined();
assertThat(logText()).contains('country left out: not a two-letter code, nor a known name or alpha-3 code');
assertThat(logText()).contains('st left out: not a two-letter state code');
requests = [];
logs = [];
eventData.user_data = { email_address: 'jane@example.com', address: { region: 'Ontario', country: 'US' } };
runCode(mockData);
assertThat(sent().user_data.st).isUndefined();
assertThat(sent().user_data.country).isEqualTo(['sha256(us)']);
assertThat(logText()).contains('st left out: not a state or province of US');
assertThat(logText()).doesNotContain('Atlantis');
assertThat(logText()).doesNotContain('Ontario');
assertThat(logText()).doesNotContain('Bavaria');
