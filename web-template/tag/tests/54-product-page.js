// A product page is one page visit on each side (Pinterest documents event_id deduplication between the tag and the API only): after its page event, view_item sends no second one, and says so; first, it is the page visit itself, with the product
page.path = '/boots/9';
dataLayer = { event: 'gtm.js', 'gtm.uniqueEventId': 1 };
runCode(withData({ eventName: 'auto', serverUrl: 'https://sgtm.shop.example/pinterest/events' }));
dataLayer = { event: 'view_item', 'gtm.uniqueEventId': 2, ecommerce: { currency: 'USD', items: [{ item_id: 'SKU-9', item_name: 'Boot', price: 80 }] } };
runCode(withData({ eventName: 'auto', serverUrl: 'https://sgtm.shop.example/pinterest/events' }));
assertThat(pageVisits()).isEqualTo([PAGE_VIEW_ID + '.page1']);
assertThat(tracked()).isEqualTo([]);
// Nor is a second one forwarded to the server.
assertThat(pixels.length).isEqualTo(1);
assertThat(logs.filter((l) => l.indexOf('page visit already sent') !== -1).length).isEqualTo(1);
// The next product page (a new path): view_item pushed before GTM's page events is the page visit; the page events add none.
pintrkCalls = [];
pixels = [];
page.path = '/boots/10';
dataLayer = { event: 'view_item', 'gtm.uniqueEventId': 3, ecommerce: { currency: 'USD', items: [{ item_id: 'SKU-10', price: 90 }] } };
runCode(withData({ eventName: 'auto' }));
dataLayer = { event: 'gtm.js', 'gtm.uniqueEventId': 4 };
runCode(withData({ eventName: 'auto' }));
assertThat(pageVisits()).isEqualTo([]);
assertThat(tracked().map((t) => [t[1], t[2].event_id])).isEqualTo([['pagevisit', PAGE_VIEW_ID + '.page2']]);
