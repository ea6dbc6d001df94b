// A malformed ad account ID fails without a request
runCode(withData({ adAccountId: '549-755' }));
assertThat(requests.length).isEqualTo(0);
assertApi('gtmOnFailure').wasCalled();
assertThat(logText()).contains('digits only');
