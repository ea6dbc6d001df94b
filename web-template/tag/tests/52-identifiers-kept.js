// Identifiers are never judged by their shape: an ISBN, a dashed SKU and a dashed order number are kept as product ids, order id and event_id, and forwarded
dataLayer = { event: 'purchase', 'gtm.uniqueEventId': 5, ecommerce: { transaction_id: '2024-0615-0042', currency: 'EUR', value: 42, items: [
  { item_id: '978-0-306-40615-7', item_name: 'A book', price: 30, quantity: 1 }, { item_id: '100-200-300', price: 12, quantity: 1 },
] } };
runCode(withData({ eventName: 'auto', serverUrl: 'https://sgtm.example.com/pinterest/events' }));
const data = tracked()[0][2];
assertThat(data.order_id).isEqualTo('2024-0615-0042');
assertThat(data.event_id).isEqualTo('checkout_2024-0615-0042');
assertThat(data.line_items.map((l) => l.product_id)).isEqualTo(['978-0-306-40615-7', '100-200-300']);
const forwarded = JSON.parse(require('decodeUriComponent')(pixels[1].slice(pixels[1].indexOf('&e=') + 3)));
assertThat([forwarded.event_id, forwarded.custom_data.order_id]).isEqualTo(['checkout_2024-0615-0042', '2024-0615-0042']);
assertThat(forwarded.custom_data.line_items.map((l) => l.product_id)).isEqualTo(['978-0-306-40615-7', '100-200-300']);
// A reload of the thank-you page sends the same event_id: Pinterest counts the purchase once.
pintrkCalls = [];
runCode(withData({ eventName: 'auto' }));
assertThat(tracked()[0][2].event_id).isEqualTo('checkout_2024-0615-0042');
