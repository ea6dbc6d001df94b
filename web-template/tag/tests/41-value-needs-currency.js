// A value without a currency takes the Default currency field, else it is left out and the reason logged
dataLayer = { event: 'add_to_cart', 'gtm.uniqueEventId': 6, ecommerce: { value: 25, items: [{ item_id: 'A', price: 25 }] } };
runCode(withData({ eventName: 'auto' }));
assertThat(tracked()[0][2].value).isUndefined();
assertThat(tracked()[0][2].currency).isUndefined();
assertThat(logs.filter((l) => l.indexOf('value left out') !== -1).length).isEqualTo(1);
runCode(withData({ eventName: 'auto', defaultCurrency: 'gbp' }));
assertThat(tracked()[1][2].value).isEqualTo(25);
assertThat(tracked()[1][2].currency).isEqualTo('GBP');
