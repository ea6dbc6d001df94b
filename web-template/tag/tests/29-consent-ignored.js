// Fire regardless sends while ad_storage is denied
consentGranted = false;
runCode(withData({ consentMode: 'always' }));
assertThat(callsOf('load').length).isEqualTo(1);
assertApi('addConsentListener').wasNotCalled();
