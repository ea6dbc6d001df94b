// At most 40 custom properties are read per event (the forwarding protocol takes 50 event data keys, the tag's own 9 included); later rows are left out for pintrk and the server alike, and logged
const rows = [];
for (let i = 0; i < 45; i++) rows.push({ name: 'p' + i, value: 'v' + i });
dataLayer = purchase;
runCode(withData({ eventName: 'auto', serverUrl: 'https://sgtm.example.com/pinterest/events', customProperties: rows }));
const data = tracked()[0][2];
assertThat([data.p0, data.p39, data.p40, data.p44]).isEqualTo(['v0', 'v39', undefined, undefined]);
assertThat(logs.join(' ')).contains('custom properties over 40 left out');
const forwarded = JSON.parse(require('decodeUriComponent')(pixels[1].slice(pixels[1].indexOf('&e=') + 3)));
assertThat([forwarded.custom_data.p39, forwarded.custom_data.p40]).isEqualTo(['v39', undefined]);
