// 422 is logged per event and fails
answers = [{ statusCode: 422, body: '{"code":953,"message":"invalid data","details":{"events":[{"status":"failed","error_message":"bad em"}]}}' }];
runCode(mockData);
assertThat(requests.length).isEqualTo(1);
assertApi('gtmOnFailure').wasCalled();
assertThat(logText()).contains('bad em');
