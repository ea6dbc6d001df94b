// Timeouts and 5xx are retried a bounded number of times, then fail
answers = [{ reason: 'timed_out' }, { statusCode: 503, body: '{"code":4197}' }, { reason: 'failed' }, PROCESSED];
runCode(mockData);
assertThat(requests.length).isEqualTo(3);
assertApi('gtmOnFailure').wasCalled();
assertApi('gtmOnSuccess').wasNotCalled();
