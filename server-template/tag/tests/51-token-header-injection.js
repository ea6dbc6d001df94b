// An access token with a line break or spaces inside never reaches a header: the fire fails with a clear log
runCode(withData({ accessToken: 'pina_TOKEN\r\nX-Injected: 1' }));
assertThat(requests.length).isEqualTo(0);
assertApi('gtmOnFailure').wasCalled();
assertThat(logText()).contains('the access token has spaces or other characters');
assertThat(logText()).doesNotContain('pina_TOKEN');
runCode(withData({ accessToken: '  pina_TOKEN \n' }));
assertThat(requests[0].options.headers.Authorization).isEqualTo('Bearer pina_TOKEN');
