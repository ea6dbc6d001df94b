// An event without email, mobile ad id, or IP and user agent is not sent
eventData = { event_name: 'lead', event_id: 'E-1', user_agent: 'UA' };
runCode(mockData);
assertThat(requests.length).isEqualTo(0);
assertApi('gtmOnFailure').wasCalled();
