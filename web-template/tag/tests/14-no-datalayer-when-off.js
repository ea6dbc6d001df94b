// A chosen event ignores the dataLayer's ecommerce when reading it is off
dataLayer = purchase;
runCode(withData({ eventName: 'addtocart', readEcommerce: false }));
assertApi('copyFromDataLayer').wasNotCalledWith('ecommerce');
assertThat(tracked()[0][2]).isEqualTo({ event_id: PAGE_VIEW_ID + '.12' });
