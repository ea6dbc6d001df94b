// A 200 whose event failed is a failure, with Pinterest's message logged
answers = [{ statusCode: 200, body: '{"num_events_received":1,"num_events_processed":0,"events":[{"status":"failed","error_message":"event_time too old"}]}' }];
runCode(mockData);
assertApi('gtmOnFailure').wasCalled();
assertThat(logText()).contains('event_time too old');
