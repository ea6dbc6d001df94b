// A Consent value other than Fire regardless (a container edited outside GTM's editor) respects Consent Mode: nothing loads while ad_storage is denied
consentGranted = false;
runCode(withData({ consentMode: 'bogus' }));
assertThat(pintrkCalls).isEqualTo([]);
assertThat(injected).isEqualTo([]);
assertApi('gtmOnSuccess').wasCalled();
