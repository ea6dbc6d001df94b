// The mapping table wins over the built-in mapping
eventData = { event_name: 'quote_requested', event_id: 'E-1', ip_override: '203.0.113.9', user_agent: 'UA' };
runCode(withData({ eventNameMapping: [{ ga4Event: 'Quote_Requested', pinterestEvent: 'lead' }] }));
assertThat(sent().event_name).isEqualTo('lead');
