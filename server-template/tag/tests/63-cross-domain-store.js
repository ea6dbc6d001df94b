// Cross-domain: an ad click's click id on a listed domain is stored under the SHA-256 of the client id, with its time, before the event is sent
eventData.page_location = 'https://www.shop.example/p?epik=dj0yURL1';
eventData.client_id = '123456789.1690000000';
runCode(crossDomain);
assertThat(firestoreCalls).isEqualTo([['write', DOC, { click_id: 'dj0yURL1', time: NOW_MS }, {}]]);
assertThat(sent().user_data.click_id).isEqualTo('dj0yURL1');
assertApi('gtmOnSuccess').wasCalled();
// As the Pinterest client passes it on: the query is gone, click_id_from_url says where the click id came from
firestoreCalls = [];
requests = [];
eventData.page_location = 'https://shop.example/p';
eventData.click_id = 'dj0yURL2';
eventData.click_id_from_url = true;
runCode(withData({ crossDomain: true, crossDomainDomains: 'shop.example', crossDomainProjectId: 'my-project' }));
assertThat(firestoreCalls).isEqualTo([['write', DOC, { click_id: 'dj0yURL2', time: NOW_MS }, { projectId: 'my-project' }]]);
// A click id read back from the _epik cookie is not an ad click: nothing is written
firestoreCalls = [];
eventData.click_id_from_url = undefined;
eventData.click_id = undefined;
cookies = { _epik: ['dj0yCOOKIE1'] };
runCode(crossDomain);
assertThat(firestoreCalls).isEqualTo([]);
assertThat(requests.length).isEqualTo(2);
