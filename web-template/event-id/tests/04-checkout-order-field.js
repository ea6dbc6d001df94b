// A chosen checkout uses the Order ID field
dataLayer = { 'gtm.uniqueEventId': 3 };
assertThat(runCode({ eventName: 'checkout', orderId: ' A-1 ' })).isEqualTo('checkout_A-1');
