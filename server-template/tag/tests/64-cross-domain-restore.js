// Cross-domain: an event without a click id on another listed domain gets the stored one, as click_id and as the _epik cookie, within 30 days only
firestore[DOC] = { click_id: 'dj0yURL1', time: NOW_MS - DAY_MS };
eventData.page_location = 'https://checkout.example/thanks';
eventData.client_id = '123456789.1690000000';
runCode(crossDomain);
assertThat(firestoreCalls).isEqualTo([['read', DOC, {}]]);
assertThat(sent().user_data.click_id).isEqualTo('dj0yURL1');
assertThat(cookiesSet).isEqualTo([['_epik', 'dj0yURL1', { domain: 'auto', path: '/', 'max-age': 29 * 86400, secure: true, sameSite: 'Lax', httpOnly: false }]]);
// Past the window, from the future, or junk: not used, not set, and the event is still sent
[{ click_id: 'dj0yURL1', time: NOW_MS - 30 * DAY_MS }, { click_id: 'dj0yURL1', time: NOW_MS + 1 }, { click_id: 'canary@planted.test', time: NOW_MS }, { click_id: ['dj0yURL1'], time: NOW_MS }, { click_id: 'dj0yURL1', time: 'yesterday' }, 'junk'].forEach((doc) => {
  requests = [];
  cookiesSet = [];
  firestore[DOC] = doc;
  runCode(crossDomain);
  assertThat(sent().user_data.click_id).isUndefined();
  assertThat(cookiesSet).isEqualTo([]);
});
assertThat(logText()).contains('cross-domain: stored click id unusable or expired');
assertThat(logText()).doesNotContain('canary@planted.test');
