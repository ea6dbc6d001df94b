// A mapping override is sent only when its Pinterest name is valid; a standard name is sent in its API form
eventData = { event_name: 'newsletter', event_id: 'E-1', ip_override: '203.0.113.9', user_agent: 'UA' };
runCode(withData({ eventNameMapping: [{ ga4Event: 'newsletter', pinterestEvent: 'Newsletter Signup' }] }));
assertThat(requests.length).isEqualTo(0);
assertThat(logText()).contains('must be letters and underscores');
runCode(withData({ eventNameMapping: [{ ga4Event: 'newsletter', pinterestEvent: 'newsletter_signup' }] }));
assertThat(sent().event_name).isEqualTo('newsletter_signup');
requests = [];
runCode(withData({ eventNameMapping: [{ ga4Event: 'newsletter', pinterestEvent: 'SignUp' }] }));
assertThat(sent().event_name).isEqualTo('signup');
