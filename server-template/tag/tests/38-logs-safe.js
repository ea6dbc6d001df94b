// Log lines are JSON with the trace id, one fire id on every line and the event_id on requests and responses; the token, the IP address and raw email never appear
runCode(mockData);
const first = JSON.parse(logs[0]);
assertThat([first.Name, first.Type, first.TraceId, first.EventName, first.EventId, first.Attempt]).isEqualTo(['Pinterest Conversions API', 'Request', TRACE_ID, 'checkout', 'checkout_T-1001', 1]);
assertThat(first.FireId).isEqualTo(NOW_MS + '.123456789');
logs.forEach((line) => { assertThat(JSON.parse(line).FireId).isEqualTo(first.FireId); });
const response = JSON.parse(logs[1]);
assertThat([response.Type, response.EventId, response.Attempt]).isEqualTo(['Response', 'checkout_T-1001', 1]);
assertThat(logText()).doesNotContain('pina_TOKEN');
assertThat(logText()).doesNotContain('203.0.113.9');
assertThat(logText()).doesNotContain('Jane');
