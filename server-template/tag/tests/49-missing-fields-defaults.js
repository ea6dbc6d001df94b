// A tag saved before later fields existed behaves as their defaults: inherit, skip unknown events, respect consent, two retries
eventData = purchase();
runCode({ adAccountId: ACCOUNT, accessToken: 'pina_TOKEN' });
assertThat(sent().event_name).isEqualTo('checkout');
requests = [];
eventData = { event_name: 'scroll', event_id: 'E-2', ip_override: '203.0.113.9', user_agent: 'UA' };
runCode({ adAccountId: ACCOUNT, accessToken: 'pina_TOKEN' });
assertThat(requests.length).isEqualTo(0);
eventData = purchase();
eventData['x-ga-gcs'] = 'G100';
runCode({ adAccountId: ACCOUNT, accessToken: 'pina_TOKEN' });
assertThat(requests.length).isEqualTo(0);
answers = [{ statusCode: 503, body: '{}' }, { statusCode: 503, body: '{}' }, { statusCode: 503, body: '{}' }, PROCESSED];
eventData = purchase();
runCode({ adAccountId: ACCOUNT, accessToken: 'pina_TOKEN' });
assertThat(requests.length).isEqualTo(3);
