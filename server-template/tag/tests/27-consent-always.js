// Send anyway ignores the consent signals
eventData['x-ga-gcs'] = 'G100';
runCode(withData({ consentMode: 'always' }));
assertThat(requests.length).isEqualTo(1);
assertThat(sent().opt_out).isUndefined();
