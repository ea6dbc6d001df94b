// With no settings at all (fields missing) the variable is Automatic and returns the tag's id for a purchase
dataLayer = { event: 'purchase', 'gtm.uniqueEventId': 12, ecommerce: { transaction_id: 'T-1001' } };
assertThat(runCode({})).isEqualTo('checkout_T-1001');
