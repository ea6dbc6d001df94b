// A chosen checkout uses the Order ID field
dataLayer = { 'gtm.uniqueEventId': 3 };
assertThat(runCode({ eventName: 'checkout', orderId: ' A-1 ' })).isEqualTo('checkout_A-1');
// An order id is never judged by its shape: a dashed order number is kept.
assertThat(runCode({ eventName: 'checkout', orderId: '2024-0615-0042' })).isEqualTo('checkout_2024-0615-0042');
// An Order ID field that cannot be an id (control characters) falls back to the dataLayer's transaction_id, as the tag does.
dataLayer = { 'gtm.uniqueEventId': 3, ecommerce: { transaction_id: 'T-125' } };
assertThat(runCode({ eventName: 'checkout', orderId: 'A\n1' })).isEqualTo('checkout_T-125');
