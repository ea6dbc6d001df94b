// A click id outside Pinterest's alphabet is refused and never reaches a cookie; a base64 one is written encoded; a click id is never judged by its shape
const hostile = ['X; Domain=evil.example; HttpOnly', 'X\nSet-Cookie: a=b', 'X,Y', 'X"', 'X Y', 'ä', repeat('x', 513)];
hostile.forEach((clickId) => {
  reset();
  post({ v: 1, events: [wireEvent({ click_id: clickId, click_id_from_url: true })] });
  runCode(mockData);
  assertThat(response.status).isEqualTo(400);
  assertThat(errorOf()).isEqualTo('click_id: must be 1 to 512 characters of A-Z a-z 0-9 + / - _ =');
  assertThat(cookiesSet).isEqualTo([]);
  assertThat(ran).isEqualTo([]);
});
reset();
post({ v: 1, events: [wireEvent({ click_id: 'dj0yJnU9b2JD+/Y3Bv==', click_id_from_url: true })] });
runCode(mockData);
assertThat(cookiesSet[0][1]).isEqualTo('dj0yJnU9b2JD+/Y3Bv==');
assertThat(cookiesSet[0][3]).isFalsy();
// Shaped like digit groups (a phone number's shape): still a click id in Pinterest's alphabet, accepted and kept.
reset();
post({ v: 1, events: [wireEvent({ click_id: '415-555-0142', click_id_from_url: true })] });
runCode(mockData);
assertThat(response.status).isEqualTo(204);
assertThat(ran[0].click_id).isEqualTo('415-555-0142');
assertThat(cookiesSet[0][1]).isEqualTo('415-555-0142');
