// Limited mode sends with opt_out and Limited Data Processing
eventData['x-ga-gcs'] = 'G100';
runCode(withData({ consentMode: 'limited' }));
assertThat(sent().opt_out).isTrue();
assertThat(sent().custom_data.opt_out_type).isEqualTo('LDP');
