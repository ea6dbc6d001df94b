// event_time is in seconds: now, or the event's time in seconds or milliseconds, never in the future
runCode(mockData);
assertThat(sent().event_time).isEqualTo(1700000000);
requests = [];
eventData.event_time = 1699999000123;
runCode(mockData);
assertThat(sent().event_time).isEqualTo(1699999000);
requests = [];
eventData.event_time = 1800000000;
runCode(mockData);
assertThat(sent().event_time).isEqualTo(1700000000);
