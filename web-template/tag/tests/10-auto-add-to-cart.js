// Automatic mode: add_to_cart becomes addtocart with an id unique to the page view and event
dataLayer = { event: 'add_to_cart', 'gtm.uniqueEventId': 7, ecommerce: { currency: 'USD', value: 10, items: [{ item_id: 'A', price: 10, quantity: 1 }] } };
runCode(withData({ eventName: 'auto' }));
assertThat(tracked()[0][1]).isEqualTo('addtocart');
assertThat(tracked()[0][2].event_id).isEqualTo(PAGE_VIEW_ID + '.7');
