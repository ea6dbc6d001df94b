// Test mode adds test=true
runCode(withData({ testMode: true }));
assertThat(requests[0].url).isEqualTo(ENDPOINT + '?test=true');
