// IP address, user agent and click id must be plain: hashes and malformed click ids are left out
let digest = '';
for (let i = 0; i < 64; i++) digest += 'a';
eventData.user_data = { email_address: 'jane@example.com' };
eventData.user_agent = digest;
eventData.click_id = 'abc"; Domain=evil';
eventData.ip_override = digest;
runCode(mockData);
assertThat(sent().user_data.client_user_agent).isUndefined();
assertThat(sent().user_data.client_ip_address).isUndefined();
assertThat(sent().user_data.click_id).isUndefined();
assertThat(sent().user_data.em.length).isEqualTo(1);
requests = [];
eventData.click_id = 'Larkspurr';
runCode(mockData);
assertThat(sent().user_data.click_id).isUndefined();
