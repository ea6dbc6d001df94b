// With ad_user_data denied no Enhanced Match is loaded or forwarded; granting it sends the hashed email with set
userDataGranted = false;
dataLayer = purchase;
runCode(withData({ eventName: 'auto', email: 'jane@example.com', serverUrl: 'https://sgtm.example.com/pinterest/events' }));
assertThat(callsOf('load')).isEqualTo([['load', TAG_ID, {}]]);
assertThat(tracked()[0][1]).isEqualTo('checkout');
const prefix = 'https://sgtm.example.com/pinterest/events?v=1&e=';
const forwarded = JSON.parse(require('decodeUriComponent')(pixels[1].slice(prefix.length)));
assertThat(forwarded.user_data).isEqualTo({});
assertThat(forwarded.consent).isEqualTo({ ad_storage: 'granted', ad_user_data: 'denied' });
assertThat(callsOf('set')).isEqualTo([]);
setUserDataConsent(true);
assertThat(callsOf('set')).isEqualTo([['set', { em: 'sha256(jane@example.com)' }]]);
