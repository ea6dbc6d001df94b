// GA4's sha256_phone_number (a hash of the number with "+") can never match Pinterest's digits-only hash: left out with a log line; a raw phone number is normalised and hashed
let digest = '';
for (let i = 0; i < 64; i++) digest += 'b';
eventData.user_data = { email_address: 'jane@example.com', sha256_phone_number: digest, address: { country: 'US' } };
runCode(mockData);
assertThat(sent().user_data.ph).isUndefined();
assertThat(logText()).contains('ph left out: GA4\'s sha256_phone_number');
assertThat(logText()).doesNotContain(digest);
requests = [];
eventData.user_data = { email_address: 'jane@example.com', phone_number: '+1 (415) 555-0142', sha256_phone_number: digest };
runCode(mockData);
assertThat(sent().user_data.ph).isEqualTo(['sha256(14155550142)']);
