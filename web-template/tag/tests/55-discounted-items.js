// A discounted GA4 item: pintrk gets the price paid; the server gets the unit discount beside it, so the Conversions API can send the price before discount
dataLayer = { event: 'purchase', 'gtm.uniqueEventId': 6, ecommerce: { transaction_id: 'T-6', currency: 'USD', value: 16, items: [
  { item_id: 'A', price: 8, discount: 2, quantity: 2 }, { item_id: 'B', price: 5, quantity: 0 },
] } };
runCode(withData({ eventName: 'auto', serverUrl: 'https://sgtm.example.com/pinterest/events' }));
assertThat(tracked()[0][2].line_items).isEqualTo([{ product_id: 'A', product_price: 8, product_quantity: 2 }, { product_id: 'B', product_price: 5, product_quantity: 0 }]);
assertThat(tracked()[0][2].value).isEqualTo(16);
const forwarded = JSON.parse(require('decodeUriComponent')(pixels[1].slice(pixels[1].indexOf('&e=') + 3)));
assertThat(forwarded.custom_data.line_items).isEqualTo([{ product_id: 'A', product_price: 8, product_quantity: 2, product_discount: 2 }, { product_id: 'B', product_price: 5, product_quantity: 0 }]);
