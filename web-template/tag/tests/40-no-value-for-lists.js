// A list of priced items has no value: the items were shown, not bought
dataLayer = { event: 'view_item_list', 'gtm.uniqueEventId': 5, ecommerce: { currency: 'USD', items: [{ item_id: 'A', price: 10 }, { item_id: 'B', price: 20 }, { item_id: 'C', price: 30 }] } };
runCode(withData({ eventName: 'auto' }));
assertThat(tracked()[0][1]).isEqualTo('viewcategory');
assertThat(tracked()[0][2].value).isUndefined();
assertThat(tracked()[0][2].order_quantity).isEqualTo(3);
