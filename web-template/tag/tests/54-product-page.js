// A product page is one page visit: after its page event, view_item repeats that page visit with the product under the same event_id; first, it is the page visit itself
page.path = '/boots/9';
dataLayer = { event: 'gtm.js', 'gtm.uniqueEventId': 1 };
runCode(withData({ eventName: 'auto' }));
dataLayer = { event: 'view_item', 'gtm.uniqueEventId': 2, ecommerce: { currency: 'USD', items: [{ item_id: 'SKU-9', item_name: 'Boot', price: 80 }] } };
runCode(withData({ eventName: 'auto' }));
assertThat(pageVisits()).isEqualTo([PAGE_VIEW_ID + '.page1']);
assertThat(tracked()).isEqualTo([['track', 'pagevisit', { currency: 'USD', line_items: [{ product_id: 'SKU-9', product_name: 'Boot', product_price: 80 }], order_quantity: 1, event_id: PAGE_VIEW_ID + '.page1' }]]);
// The next product page (a new path): view_item pushed before GTM's page events is the page visit; the page events add none.
pintrkCalls = [];
page.path = '/boots/10';
dataLayer = { event: 'view_item', 'gtm.uniqueEventId': 3, ecommerce: { currency: 'USD', items: [{ item_id: 'SKU-10', price: 90 }] } };
runCode(withData({ eventName: 'auto' }));
dataLayer = { event: 'gtm.js', 'gtm.uniqueEventId': 4 };
runCode(withData({ eventName: 'auto' }));
assertThat(pageVisits()).isEqualTo([]);
assertThat(tracked().map((t) => [t[1], t[2].event_id])).isEqualTo([['pagevisit', PAGE_VIEW_ID + '.page2']]);
