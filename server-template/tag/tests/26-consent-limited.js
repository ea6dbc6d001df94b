// Limited mode sends a limited event: opt_out, Limited Data Processing, and only state, country, IP and user agent
eventData['x-ga-gcs'] = 'G100';
eventData.user_data = { email_address: 'jane@example.com', address: { region: 'ca', country: 'us', city: 'Fresno' } };
runCode(withData({ consentMode: 'limited' }));
assertThat(sent().opt_out).isTrue();
assertThat(sent().custom_data.opt_out_type).isEqualTo('LDP');
assertThat(Object.keys(sent().user_data).sort()).isEqualTo(['client_ip_address', 'client_user_agent', 'country', 'st']);
assertThat(sent().user_data.st).isEqualTo(['sha256(ca)']);
