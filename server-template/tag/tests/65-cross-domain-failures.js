// Cross-domain: no stored click id, or Firestore failing, never loses the event: it is sent without a click id (a failure is logged)
eventData.page_location = 'https://checkout.example/thanks';
eventData.client_id = '123456789.1690000000';
runCode(crossDomain);
assertThat(firestoreCalls.length).isEqualTo(1);
assertThat(sent().user_data.click_id).isUndefined();
assertThat(logText()).doesNotContain('Firestore');
assertApi('gtmOnSuccess').wasCalled();
firestoreFails = true;
requests = [];
runCode(crossDomain);
assertThat(requests.length).isEqualTo(1);
assertThat(logText()).contains('cross-domain: Firestore read failed');
requests = [];
eventData.page_location = 'https://shop.example/p?epik=dj0yURL1';
runCode(crossDomain);
assertThat(sent().user_data.click_id).isEqualTo('dj0yURL1');
assertThat(logText()).contains('cross-domain: Firestore write failed');
// A collection the template's permission does not name is refused before any call
firestoreCalls = [];
requests = [];
runCode(withData({ crossDomain: true, crossDomainDomains: 'shop.example', crossDomainCollection: 'other_collection' }));
assertThat(firestoreCalls).isEqualTo([]);
assertThat(requests.length).isEqualTo(1);
assertThat(logText()).contains('cross-domain: the permission does not allow this collection');
