// A tag saved with only a tag ID (fields added by later versions missing) behaves as the fields' defaults: Automatic, consent respected, ecommerce read, the page visit sent, no LDP
dataLayer = purchase;
runCode({ tagId: TAG_ID });
assertThat(tracked()[0][1]).isEqualTo('checkout');
assertThat(tracked()[0][2].event_id).isEqualTo('checkout_T-1001');
assertThat(pageVisits()).isEqualTo([PAGE_VISIT_ID]);
assertThat(callsOf('set')).isEqualTo([]);
// A chosen event still reads GA4 ecommerce when "Read GA4 ecommerce data" is missing (its default is on).
pintrkCalls = [];
runCode({ tagId: TAG_ID, eventName: 'addtocart' });
assertThat(tracked()[0][2].line_items.length).isEqualTo(2);
consentGranted = false;
pintrkCalls = [];
runCode({ tagId: TAG_ID });
assertThat(pintrkCalls).isEqualTo([]);
