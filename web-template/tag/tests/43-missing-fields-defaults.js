// A tag saved with only a tag ID (fields added by later versions missing) behaves as the fields' defaults: Automatic, consent respected, ecommerce read
dataLayer = purchase;
runCode({ tagId: TAG_ID });
assertThat(tracked()[0][1]).isEqualTo('checkout');
assertThat(tracked()[0][2].event_id).isEqualTo('checkout_T-1001');
assertThat(pageVisits()).isEqualTo([PAGE_VISIT_ID]);
consentGranted = false;
pintrkCalls = [];
runCode({ tagId: TAG_ID });
assertThat(pintrkCalls).isEqualTo([]);
