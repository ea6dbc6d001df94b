// A chosen checkout uses the Order ID field
dataLayer = { 'gtm.uniqueEventId': 3 };
assertThat(runCode({ eventName: 'checkout', orderId: ' A-1 ' })).isEqualTo('checkout_A-1');
// An Order ID field that is refused (contact data) falls back to the dataLayer's transaction_id, as the tag does.
dataLayer = { 'gtm.uniqueEventId': 3, ecommerce: { transaction_id: 'T-125' } };
assertThat(runCode({ eventName: 'checkout', orderId: 'jane@example.com' })).isEqualTo('checkout_T-125');
