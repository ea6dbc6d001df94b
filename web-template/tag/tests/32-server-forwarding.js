// Server forwarding sends the page visit and the event, with their event_ids, hashed user data and the click id
// The client accepts only SHA-256 hex digests in user_data: this scenario's digest is one.
const DIGEST = 'b4c9a289323b21a01c3e940f150eb9b8c542587f1abfd8f0e1cc1ffc5e475514';
mock('sha256', (input, onSuccess) => { hashed.push(input); onSuccess(DIGEST); });
dataLayer = purchase;
runCode(withData({ eventName: 'auto', email: 'jane@example.com', serverUrl: 'https://sgtm.example.com/pinterest/events' }));
assertThat(pixels.length).isEqualTo(2);
const prefix = 'https://sgtm.example.com/pinterest/events?v=1&e=';
assertThat(pixels[0].indexOf(prefix)).isEqualTo(0);
const pageVisit = JSON.parse(require('decodeUriComponent')(pixels[0].slice(prefix.length)));
assertThat([pageVisit.event_name, pageVisit.event_id]).isEqualTo(['page_visit', PAGE_VISIT_ID]);
assertThat(pageVisit.consent).isEqualTo({ ad_storage: 'granted', ad_user_data: 'granted' });
const event = JSON.parse(require('decodeUriComponent')(pixels[1].slice(prefix.length)));
assertThat([event.event_name, event.event_id, event.page_location, event.click_id]).isEqualTo(['checkout', 'checkout_T-1001', 'https://shop.example/thank-you', 'dj0yJnU9abc']);
assertThat(event.user_data).isEqualTo({ em: [DIGEST] });
assertThat(hashed).isEqualTo(['jane@example.com']);
assertThat(event.custom_data.line_items.length).isEqualTo(2);
assertThat(pixels[1]).doesNotContain('jane%40example.com%22');
