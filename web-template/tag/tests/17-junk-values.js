// Junk values are dropped, never thrown on
dataLayer = { 'gtm.uniqueEventId': 2, ecommerce: { value: 'abc', currency: 'euro', transaction_id: null, items: [null, 'x', { price: 5 }, { item_id: 7, price: 'cheap', quantity: 'many' }] } };
runCode(withData({ eventName: 'addtocart', value: 'n/a', orderQuantity: '-2' }));
assertThat(tracked()[0][2]).isEqualTo({ line_items: [{ product_id: '7' }], order_quantity: 1, event_id: PAGE_VIEW_ID + '.2' });
assertApi('gtmOnSuccess').wasCalled();
