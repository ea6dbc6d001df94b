// A denial is respected (nothing sent), also for a tag saved with the former "limited" choice: Limited Data Processing is for US state privacy laws, not an answer to a denial; LDP from the event is sent as Pinterest documents it
eventData['x-ga-gcs'] = 'G100';
runCode(withData({ consentMode: 'limited' }));
assertThat(requests.length).isEqualTo(0);
assertThat(logText()).contains('not sent: ad_storage is denied');
assertApi('gtmOnSuccess').wasCalled();
// LDP is a flag of the event (the web tag's LDP setting forwards it), with the user's state and country hashed.
eventData['x-ga-gcs'] = 'G111';
eventData.opt_out_type = 'LDP';
eventData.user_data = { email_address: 'jane@example.com', address: { region: 'ca', country: 'us' } };
runCode(mockData);
assertThat(sent().custom_data.opt_out_type).isEqualTo('LDP');
assertThat(sent().opt_out).isUndefined();
assertThat([sent().user_data.st, sent().user_data.country, sent().user_data.em]).isEqualTo([['sha256(ca)'], ['sha256(us)'], ['sha256(jane@example.com)']]);
