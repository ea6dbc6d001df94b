// Forwarding repairs what the client would refuse (numeric text, capital names) and drops the rest; contact data never leaves
dataLayer = { event: 'purchase', 'gtm.uniqueEventId': 3, ecommerce: { transaction_id: 'T-3', currency: 'USD', value: 9, items: [{ item_id: 'A', price: 9 }] } };
let long = '';
for (let i = 0; i < 300; i++) long += 'x';
runCode(withData({ eventName: 'auto', serverUrl: 'https://sgtm.example.com/pinterest/events', customProperties: [
  { name: 'value', value: '12.5' }, { name: 'Colour', value: 'red' }, { name: 'note', value: long },
  { name: 'contact', value: 'jane@example.com' }, { name: 'line_items', value: 'not a list' },
] }));
const sent = tracked()[0][2];
assertThat(sent.Colour).isEqualTo('red');
assertThat(sent.contact).isUndefined();
assertThat(sent.line_items).isEqualTo([{ product_id: 'A', product_price: 9 }]);
const forwarded = JSON.parse(require('decodeUriComponent')(pixels[1].slice(pixels[1].indexOf('&e=') + 3)));
assertThat(forwarded.custom_data.value).isEqualTo(12.5);
assertThat(forwarded.custom_data.colour).isEqualTo('red');
assertThat(forwarded.custom_data.note).isUndefined();
assertThat(forwarded.custom_data.contact).isUndefined();
assertThat(forwarded.custom_data.line_items).isEqualTo([{ product_id: 'A', product_price: 9 }]);
assertThat(logs.join(' ')).contains('left out 1 event data value(s) that look like an email address');
assertThat(logs.join(' ')).contains('server forwarding: left out 1 event data value(s)');
