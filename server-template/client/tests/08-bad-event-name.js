// An invalid event name is refused without echoing it
post({ v: 1, events: [wireEvent({ event_name: '<img src=x onerror=alert(1)>' })] });
runCode(mockData);
assertThat(response.status).isEqualTo(400);
assertThat(response.body).doesNotContain('<img');
assertThat(errorOf()).isEqualTo('event_name: must be letters and underscores');
