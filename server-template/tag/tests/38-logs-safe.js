// Log lines are JSON with the trace id; the token, the IP address and raw email never appear
runCode(mockData);
const first = JSON.parse(logs[0]);
assertThat([first.Name, first.Type, first.TraceId, first.EventName]).isEqualTo(['Pinterest Conversions API', 'Request', TRACE_ID, 'checkout']);
assertThat(logText()).doesNotContain('pina_TOKEN');
assertThat(logText()).doesNotContain('203.0.113.9');
assertThat(logText()).doesNotContain('Jane');
