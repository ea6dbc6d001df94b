// With ad_storage denied nothing loads until consent is granted; then the event is sent
consentGranted = false;
dataLayer = purchase;
runCode(withData({ eventName: 'auto' }));
assertThat(pintrkCalls).isEqualTo([]);
assertThat(injected).isEqualTo([]);
assertApi('gtmOnSuccess').wasCalled();
setConsent(true);
assertThat(callsOf('load').length).isEqualTo(1);
assertThat(tracked()[0][1]).isEqualTo('checkout');
assertThat(injected.length).isEqualTo(1);
