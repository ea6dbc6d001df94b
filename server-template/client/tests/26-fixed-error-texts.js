// Errors never echo the request: fixed texts with protocol field paths, JSON, nosniff
const MARK = '<img src=x onerror=alert(1)>';
const bodies = [
  { v: 1, events: [wireEvent(keyed(MARK, 1))] },
  { v: 1, events: [wireEvent({ custom_data: keyed(MARK, 'x') })] },
  { v: 1, events: [wireEvent({ custom_data: { colour: keyed(MARK, 1) } })] },
  { v: 1, events: [wireEvent({ custom_data: { line_items: [keyed(MARK, 1)] } })] },
  { v: 1, events: [wireEvent({ user_data: keyed(MARK, []) })] },
  { v: 1, events: [wireEvent({ consent: keyed(MARK, 'granted') })] },
  { v: 1, events: [wireEvent({ consent: { ad_storage: MARK } })] },
  { v: 1, events: [wireEvent({ page_location: 'javascript:' + MARK })] },
  { v: MARK, events: [] },
  MARK,
];
bodies.forEach((body) => {
  reset();
  post(body);
  runCode(mockData);
  assertThat(response.status).isEqualTo(400);
  assertThat(response.body).doesNotContain('<');
  assertThat(response.body).doesNotContain('img');
  assertThat(response.headers['content-type']).isEqualTo('application/json; charset=utf-8');
  assertThat(response.headers['x-content-type-options']).isEqualTo('nosniff');
});
reset();
post({ v: 1, events: [wireEvent({ custom_data: keyed(MARK, 'x') })] });
runCode(mockData);
assertThat(errorOf()).isEqualTo('custom_data: property names are 1 to 64 letters, digits and underscores');
