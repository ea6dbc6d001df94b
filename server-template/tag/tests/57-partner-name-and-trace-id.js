// partner_name is sent only in Pinterest's ss-<partner> form; a trace id that is not Cloud Trace's shape is not logged
runCode(withData({ partnerName: 'Jane@Example.com' }));
assertThat(sent().partner_name).isUndefined();
assertThat(logText()).contains('partner_name left out');
assertThat(logText()).doesNotContain('Jane@');
mock('getRequestHeader', (name) => (name === 'trace-id' ? '415-555-0142' : undefined));
logs = [];
runCode(mockData);
assertThat(JSON.parse(logs[0]).TraceId).isUndefined();
