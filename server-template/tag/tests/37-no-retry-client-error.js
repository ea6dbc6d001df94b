// 400, 401 and 403 are not retried; Pinterest's code and message are logged
answers = [{ statusCode: 401, body: '{"code":2,"message":"Authentication failed."}' }];
runCode(withData({ maxRetries: '5' }));
assertThat(requests.length).isEqualTo(1);
assertApi('gtmOnFailure').wasCalled();
assertThat(logText()).contains('Authentication failed.');
