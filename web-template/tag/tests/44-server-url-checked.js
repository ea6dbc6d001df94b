// A server URL outside https://<host>/pinterest/ (a variable the page can influence) is never used; the browser event is still sent
dataLayer = purchase;
['http://sgtm.example.com/pinterest/events', 'https://evil.example/collect', 'https://user@evil.example/pinterest/x', 'https://sgtm.example.com/pinterest/ev\nents'].forEach((url) => {
  runCode(withData({ eventName: 'auto', serverUrl: url }));
});
assertThat(pixels).isEqualTo([]);
assertThat(tracked().length).isEqualTo(4);
// Five skips: the first fire also forwards its page visit.
assertThat(logs.filter((l) => l.indexOf('not forwarded') !== -1).length).isEqualTo(5);
