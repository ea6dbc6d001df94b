// Valid unicode is accepted and lengths count characters; lone surrogates and control characters are refused
post({ v: 1, events: [wireEvent({ event_id: 'ид-😀', custom_data: { colour: repeat('😀', 500), note: 'Grüße, 東京 ☕' } })] });
runCode(mockData);
assertThat(response.status).isEqualTo(204);
assertThat(ran[0]['x-pinterest-custom-colour']).isEqualTo(repeat('😀', 500));
[[repeat('😀', 501)], ['a\ud800b'], ['\udc00'], ['line\nfeed'], ['nul\u0000']].forEach((bad) => {
  reset();
  post({ v: 1, events: [wireEvent({ custom_data: { colour: bad[0] } })] });
  runCode(mockData);
  assertThat(response.status).isEqualTo(400);
  assertThat(errorOf()).isEqualTo('custom_data.*: must be text of 1 to 500 characters without control characters');
});
