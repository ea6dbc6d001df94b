// A server URL outside https://<host>/pinterest/ (a variable the page can influence, or a port the send_pixel permission refuses) is never used; the browser event is still sent
dataLayer = purchase;
['http://sgtm.example.com/pinterest/events', 'https://evil.example/collect', 'https://user@evil.example/pinterest/x', 'https://sgtm.example.com/pinterest/ev\nents', 'https://sgtm.example.com:8443/pinterest/events'].forEach((url) => {
  runCode(withData({ eventName: 'auto', serverUrl: url }));
});
assertThat(pixels).isEqualTo([]);
assertThat(tracked().length).isEqualTo(5);
// One line per fire.
assertThat(logs.filter((l) => l.indexOf('not forwarded') !== -1).length).isEqualTo(5);
