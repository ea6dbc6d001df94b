// Server forwarding sends the same event with hashed user data and the click id
dataLayer = purchase;
runCode(withData({ eventName: 'auto', email: 'jane@example.com', serverUrl: 'https://sgtm.example.com/pinterest/events' }));
assertThat(pixels.length).isEqualTo(1);
const prefix = 'https://sgtm.example.com/pinterest/events?v=1&e=';
assertThat(pixels[0].indexOf(prefix)).isEqualTo(0);
const event = JSON.parse(require('decodeUriComponent')(pixels[0].slice(prefix.length)));
assertThat([event.event_name, event.event_id, event.page_location, event.click_id]).isEqualTo(['checkout', 'checkout_T-1001', 'https://shop.example/thank-you', 'dj0yJnU9abc']);
assertThat(event.user_data).isEqualTo({ em: ['sha256(jane@example.com)'] });
assertThat(event.custom_data.line_items.length).isEqualTo(2);
assertThat(pixels[0]).doesNotContain('jane%40example.com%22');
