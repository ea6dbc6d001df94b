// Forwarding sends the values pintrk got, as pintrk got them (numbers as numbers, names as written); what pintrk did not get is not forwarded
dataLayer = { event: 'purchase', 'gtm.uniqueEventId': 3, ecommerce: { transaction_id: 'T-3', currency: 'USD', value: 9, items: [{ item_id: 'A', price: 9 }] } };
let fits = '';
for (let i = 0; i < 500; i++) fits += 'x';
runCode(withData({ eventName: 'auto', serverUrl: 'https://sgtm.example.com/pinterest/events', customProperties: [
  { name: 'value', value: '12.5' }, { name: 'Colour', value: 'red' }, { name: 'note', value: fits }, { name: 'tooLong', value: fits + 'x' },
  { name: 'contact', value: 'jane@example.com' }, { name: 'line_items', value: 'not a list' },
] }));
const sent = tracked()[0][2];
assertThat([sent.value, sent.Colour, sent.note.length, sent.tooLong, sent.contact]).isEqualTo([12.5, 'red', 500, undefined, undefined]);
assertThat(sent.line_items).isEqualTo([{ product_id: 'A', product_price: 9 }]);
const forwarded = JSON.parse(require('decodeUriComponent')(pixels[1].slice(pixels[1].indexOf('&e=') + 3)));
const custom = forwarded.custom_data;
assertThat([custom.value, custom.Colour, custom.note, custom.tooLong, custom.contact]).isEqualTo([12.5, 'red', fits, undefined, undefined]);
assertThat(custom.line_items).isEqualTo([{ product_id: 'A', product_price: 9 }]);
assertThat(custom.event_id).isUndefined();
assertThat(forwarded.event_id).isEqualTo('checkout_T-3');
