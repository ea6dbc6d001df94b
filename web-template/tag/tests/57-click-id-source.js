// A click id read back from the _epik cookie is forwarded as the cookie's (the client keeps only one from the page URL, an ad click, in its cookie); one from the URL says so
mock('getQueryParameters', () => undefined);
mock('getCookieValues', (name) => (name === '_epik' ? ['dj0yCOOKIE1'] : []));
dataLayer = { event: 'sign_up', 'gtm.uniqueEventId': 3 };
runCode(withData({ eventName: 'auto', serverUrl: 'https://sgtm.example.com/pinterest/events' }));
const fromCookie = JSON.parse(require('decodeUriComponent')(pixels[1].slice(pixels[1].indexOf('&e=') + 3)));
assertThat(fromCookie.click_id).isEqualTo('dj0yCOOKIE1');
assertThat(fromCookie.click_id_from_url).isUndefined();
pixels = [];
mock('getQueryParameters', (key) => (key === 'epik' ? 'dj0yURL2' : undefined));
runCode(withData({ eventName: 'auto', serverUrl: 'https://sgtm.example.com/pinterest/events' }));
const fromUrl = JSON.parse(require('decodeUriComponent')(pixels[0].slice(pixels[0].indexOf('&e=') + 3)));
assertThat([fromUrl.click_id, fromUrl.click_id_from_url]).isEqualTo(['dj0yURL2', true]);
