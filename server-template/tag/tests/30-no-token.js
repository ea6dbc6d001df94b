// An empty access token fails without a request
runCode(withData({ accessToken: '  ' }));
assertThat(requests.length).isEqualTo(0);
assertApi('gtmOnFailure').wasCalled();
