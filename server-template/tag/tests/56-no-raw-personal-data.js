// A search term holding an email address, or an event_id Pinterest cannot take, never reaches the request
let longId = '';
for (let i = 0; i < 300; i++) longId += 'x';
eventData = { event_name: 'search', event_id: longId, search_term: 'jane.doe@example.com', ip_override: '203.0.113.9', user_agent: 'UA' };
runCode(mockData);
assertThat(sent().custom_data).isUndefined();
assertThat(sent().event_id.indexOf('gen_')).isEqualTo(0);
assertThat(JSON.stringify(requests[0].body)).doesNotContain('jane.doe');
assertThat(logText()).contains('generated one');
assertThat(logText()).contains('the event_id is not 1 to 256 characters of text');
