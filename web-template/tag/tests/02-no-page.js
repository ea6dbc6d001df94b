// Sends no page when page is turned off
runCode(withData({ sendPageView: false }));
assertThat(pintrkCalls).isEqualTo([['load', TAG_ID, {}]]);
