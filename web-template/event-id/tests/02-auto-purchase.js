// A GA4 purchase with a transaction_id gets the checkout id derived from the order
dataLayer = { event: 'purchase', 'gtm.uniqueEventId': 12, ecommerce: { transaction_id: 'T-1001' } };
assertThat(runCode(mockData)).isEqualTo('checkout_T-1001');
