// Events that are not conversions are skipped with the reason logged, whatever the unknown-events choice
['refund', 'remove_from_cart', 'view_cart', 'add_shipping_info', 'scroll', 'session_start'].forEach((name) => {
  eventData = { event_name: name, event_id: 'E-1', value: 10, currency: 'USD', ip_override: '203.0.113.9', user_agent: 'UA' };
  runCode(withData({ unknownEvents: 'custom' }));
});
assertThat(requests.length).isEqualTo(0);
assertThat(logText()).contains('refund is not a conversion');
assertThat(logText()).contains('add_shipping_info is not a conversion');
assertApi('gtmOnFailure').wasNotCalled();
