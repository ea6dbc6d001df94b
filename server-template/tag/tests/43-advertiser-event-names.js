// Advertiser-defined event names are sent only when the tag lists or maps them; the Pinterest client's events get no exception (anyone can call it)
// From the Pinterest client, a standard name keeps its event_id and is sent in its API form.
eventData = { event_name: 'lead', event_id: 'P.6', ip_override: '203.0.113.9', user_agent: 'UA', 'x-pinterest-gtm-source': 'client' };
runCode(mockData);
assertThat([sent().event_name, sent().event_id]).isEqualTo(['lead', 'P.6']);
// An advertiser-defined name from the client follows the unknown-events policy (skip by default), with the reason logged.
requests = [];
logs = [];
eventData = { event_name: 'quote_request', event_id: 'P.7', ip_override: '203.0.113.9', user_agent: 'UA', 'x-pinterest-gtm-source': 'client' };
runCode(mockData);
assertThat(requests.length).isEqualTo(0);
assertApi('gtmOnSuccess').wasCalled();
assertThat(logText()).contains('event \\"quote_request\\" has no Pinterest event');
// Listed in Advertiser-defined event names (any spacing), it is sent under its own name and event_id, from any client.
runCode(withData({ advertiserEventNames: 'newsletter_signup,  quote_request' }));
assertThat([sent().event_name, sent().event_id]).isEqualTo(['quote_request', 'P.7']);
requests = [];
eventData = { event_name: 'quote_request', event_id: 'G.8', ip_override: '203.0.113.9', user_agent: 'UA' };
runCode(withData({ advertiserEventNames: 'quote_request' }));
assertThat(sent().event_name).isEqualTo('quote_request');
// The list names events as sent: another case, or a name that only contains a listed one, is not listed.
requests = [];
eventData.event_name = 'Quote_Request';
runCode(withData({ advertiserEventNames: 'quote_request' }));
eventData.event_name = 'request';
runCode(withData({ advertiserEventNames: 'quote_request' }));
assertThat(requests.length).isEqualTo(0);
// A mapping row to itself lists a name too.
eventData.event_name = 'quote_request';
runCode(withData({ eventNameMapping: [{ ga4Event: 'quote_request', pinterestEvent: 'quote_request' }] }));
assertThat(sent().event_name).isEqualTo('quote_request');
