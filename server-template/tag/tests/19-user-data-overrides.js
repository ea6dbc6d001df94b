// The user data table wins over the event
runCode(withData({ userDataOverrides: [{ field: 'em', value: 'Other@Example.com' }, { field: 'external_id', value: 'C-1' }, { field: 'client_ip_address', value: '198.51.100.9:80' }] }));
const user = sent().user_data;
assertThat([user.em, user.external_id, user.client_ip_address]).isEqualTo([['sha256(other@example.com)'], ['sha256(C-1)'], '198.51.100.9']);
requests = [];
runCode(withData({ userDataOverrides: [{ field: '__proto__', value: 'x' }, { field: 'constructor', value: 'y' }] }));
assertThat(requests.length).isEqualTo(1);
