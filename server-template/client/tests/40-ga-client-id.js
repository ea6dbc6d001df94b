// GA's client id from _ga becomes event data client_id, only for an event whose page granted ad_storage; any other _ga is left out
cookies._ga = ['GA1.1.1234567890.1700000000'];
post({ v: 1, events: [wireEvent({ consent: { ad_storage: 'granted' } }), wireEvent({ event_id: 'E-2', consent: { ad_storage: 'denied' } }), wireEvent({ event_id: 'E-3' })] });
runCode(mockData);
assertThat(ran.map((e) => e.client_id)).isEqualTo(['1234567890.1700000000', undefined, undefined]);
['GA1.2.12.34.56', 'GA2.1.12.34', 'GA1.1.12', 'GA1.1..34', 'GA1.1.12.3x', 'GA1.1.jane@example.com.1', 'GA1.1.12.34;HttpOnly', 'GA1.1.' + repeat('1', 40) + '.1', 'GA1.123.1.2', ''].forEach((value) => {
  reset();
  cookies._ga = [value];
  post({ v: 1, events: [wireEvent({ consent: { ad_storage: 'granted' } })] });
  runCode(mockData);
  assertThat(ran[0].client_id, value).isUndefined();
});
