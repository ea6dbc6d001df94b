// Automatic mode tracks view_item as the page visit of its page view, with the product's line item and no invented value
dataLayer = { event: 'view_item', 'gtm.uniqueEventId': 9, ecommerce: { currency: 'USD', items: [{ item_id: 'SKU-9', item_name: 'Boot', price: 80 }] } };
runCode(withData({ eventName: 'auto' }));
assertThat(tracked()[0][1]).isEqualTo('pagevisit');
assertThat(tracked()[0][2].line_items).isEqualTo([{ product_id: 'SKU-9', product_name: 'Boot', product_price: 80 }]);
assertThat(tracked()[0][2].value).isUndefined();
assertThat(tracked()[0][2].event_id).isEqualTo(PAGE_VISIT_ID);
// It is the page visit: no bare one is sent beside it, now or on the page view's later page events.
dataLayer = { event: 'gtm.dom', 'gtm.uniqueEventId': 10 };
runCode(withData({ eventName: 'auto' }));
assertThat(pageVisits()).isEqualTo([]);
