// 429 is retried with the same event, then the success counts
answers = [{ statusCode: 429, body: '{"code":8,"message":"rate limited"}' }, PROCESSED];
runCode(mockData);
assertThat(requests.length).isEqualTo(2);
assertThat(requests[1].body).isEqualTo(requests[0].body);
assertApi('gtmOnSuccess').wasCalled();
