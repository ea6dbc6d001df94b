// A POST batch runs each event and answers 204 once all have run
finishAtOnce = false;
post({ v: 1, events: [wireEvent(), wireEvent({ event_name: 'lead', event_id: 'E-2' })] });
runCode(mockData);
assertThat(ran.length).isEqualTo(2);
assertThat(response.returned).isFalse();
finishers[1]();
assertThat(response.returned).isFalse();
finishers[0]();
assertThat(response.returned).isTrue();
assertThat(response.status).isEqualTo(204);
assertThat(response.pixel).isFalse();
