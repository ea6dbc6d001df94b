// Sends no page visit when it is turned off
runCode(withData({ sendPageView: false }));
assertThat(pintrkCalls).isEqualTo([['load', TAG_ID, {}]]);
