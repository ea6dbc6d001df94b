// Event fields become the keys the Conversions API tag reads; custom properties go under their own prefix
post({ v: 1, events: [wireEvent({ event_name: 'search', event_id: 'S-1', custom_data: { search_query: 'vase', promo_code: 'X', lead_type: 'Demo', shop_region: 'eu' }, click_id: 'C1', page_referrer: 'https://www.pinterest.com/', opt_out_type: 'LDP' })] });
runCode(mockData);
const event = ran[0];
assertThat([event.search_term, event.coupon, event.lead_type, event['x-pinterest-custom-shop_region'], event.click_id, event.page_referrer, event.opt_out_type]).isEqualTo(['vase', 'X', 'Demo', 'eu', 'C1', 'https://www.pinterest.com/', 'LDP']);
