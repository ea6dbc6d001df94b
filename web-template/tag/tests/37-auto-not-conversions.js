// Automatic mode: refunds, cart removals, cart views and shipping steps are not conversions and are not tracked
const events = ['refund', 'remove_from_cart', 'view_cart', 'add_shipping_info'];
events.forEach((name, i) => {
  dataLayer = { event: name, 'gtm.uniqueEventId': 20 + i, ecommerce: { value: 10, currency: 'USD', items: [{ item_id: 'A', price: 10 }] } };
  runCode(withData({ eventName: 'auto' }));
});
assertThat(tracked()).isEqualTo([]);
assertThat(logs.filter((l) => l.indexOf('no event: not a Pinterest event') !== -1).length).isEqualTo(4);
assertApi('gtmOnFailure').wasNotCalled();
