// An event_id in the event data wins
eventData.event_id = 'E-77';
runCode(mockData);
assertThat(sent().event_id).isEqualTo('E-77');
