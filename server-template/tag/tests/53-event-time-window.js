// An event older than Pinterest's 7 days is not sent; a time that is no timestamp reads as now
eventData.event_time = NOW_MS / 1000 - 8 * 24 * 3600;
runCode(mockData);
assertThat(requests.length).isEqualTo(0);
assertApi('gtmOnFailure').wasCalled();
assertThat(logText()).contains('older than the 7 days');
eventData.event_time = 5;
runCode(mockData);
assertThat(sent().event_time).isEqualTo(NOW_MS / 1000);
