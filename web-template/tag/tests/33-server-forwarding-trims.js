// Server forwarding drops line items from the end to stay under 8 KB
const items = [];
for (let i = 0; i < 200; i++) items.push({ item_id: 'SKU-' + i, item_name: 'A rather long product name number ' + i, price: 1, quantity: 1 });
dataLayer = { event: 'purchase', 'gtm.uniqueEventId': 1, ecommerce: { transaction_id: 'T-9', currency: 'USD', value: 200, items: items } };
runCode(withData({ eventName: 'auto', serverUrl: 'https://sgtm.example.com/pinterest/events' }));
assertThat(pixels.length).isEqualTo(2);
assertThat(pixels[0].length <= 8000).isTrue();
assertThat(pixels[1].length <= 8000).isTrue();
const forwarded = JSON.parse(require('decodeUriComponent')(pixels[1].slice(pixels[1].indexOf('&e=') + 3)));
assertThat(forwarded.custom_data.line_items.length > 10).isTrue();
assertThat(forwarded.custom_data.line_items.length < 200).isTrue();
assertThat(forwarded.custom_data.line_items[0].product_id).isEqualTo('SKU-0');
assertThat(tracked()[0][2].line_items.length).isEqualTo(200);
assertThat(logs.join(' ')).contains('line items (8 KB)');
