// The value is the sum of price times quantity when the dataLayer gives none
dataLayer = { 'gtm.uniqueEventId': 2, ecommerce: { currency: 'USD', items: [{ item_id: 'A', price: 2.5, quantity: 2 }, { item_id: 'B', price: 1 }] } };
runCode(withData({ eventName: 'addtocart' }));
assertThat(tracked()[0][2].value).isEqualTo(6);
assertThat(tracked()[0][2].order_quantity).isEqualTo(3);
