// Warnings of processed events are logged and the tag succeeds
answers = [{ statusCode: 200, body: '{"num_events_received":1,"num_events_processed":1,"events":[{"status":"processed","warning_message":"currency missing"}]}' }];
runCode(mockData);
assertApi('gtmOnSuccess').wasCalled();
assertThat(logText()).contains('currency missing');
