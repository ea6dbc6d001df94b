// IP address, user agent, click id and partner id are sent as the text they are, never judged by their shape, except that a SHA-256 digest (a hashed value) is left out
let digest = '';
for (let i = 0; i < 64; i++) digest += 'a';
eventData.user_data = { email_address: 'jane@example.com' };
eventData.user_agent = digest;
eventData.click_id = digest;
eventData.ip_override = digest;
runCode(mockData);
assertThat(sent().user_data.client_user_agent).isUndefined();
assertThat(sent().user_data.client_ip_address).isUndefined();
assertThat(sent().user_data.click_id).isUndefined();
assertThat(sent().user_data.em.length).isEqualTo(1);
requests = [];
eventData.user_agent = 'Mozilla/5.0 (compatible; Bot/1.0; +https://bot.example/help; bot@bot.example)';
eventData.click_id = '555-0142-7788';
eventData.partner_id = '100-200-300';
runCode(mockData);
assertThat([sent().user_data.client_user_agent, sent().user_data.click_id, sent().user_data.partner_id]).isEqualTo([eventData.user_agent, '555-0142-7788', '100-200-300']);
