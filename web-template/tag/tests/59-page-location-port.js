// Server forwarding: the page URL keeps a port that is not the scheme's default (the Conversions API's event_source_url of a page on :8787)
dataLayer = { event: 'sign_up', 'gtm.uniqueEventId': 3 };
const forwardedPages = () => pixels.map((p) => JSON.parse(require('decodeUriComponent')(p.slice(p.indexOf('&e=') + 3))).page_location);
page = { protocol: 'http', host: '127.0.0.1', port: '8787', path: '/thanks' };
runCode(withData({ eventName: 'auto', sendPageView: false, serverUrl: 'https://sgtm.example.com/pinterest/events' }));
page = { protocol: 'https', host: 'shop.example', port: '8443', path: '/thanks' };
runCode(withData({ eventName: 'auto', sendPageView: false, serverUrl: 'https://sgtm.example.com/pinterest/events' }));
page = { protocol: 'https', host: 'shop.example', port: '443', path: '/thanks' };
runCode(withData({ eventName: 'auto', sendPageView: false, serverUrl: 'https://sgtm.example.com/pinterest/events' }));
page = { protocol: 'http', host: 'shop.example', port: '', path: '/thanks' };
runCode(withData({ eventName: 'auto', sendPageView: false, serverUrl: 'https://sgtm.example.com/pinterest/events' }));
assertThat(forwardedPages()).isEqualTo(['http://127.0.0.1:8787/thanks', 'https://shop.example:8443/thanks', 'https://shop.example/thanks', 'http://shop.example/thanks']);
