// Without the shared secret a POST carries at most 5 events; with it, up to the limit; a wrong one is refused
const SECRET = 'Zq3LrT8wVx2NcB6yHs9KmP4dFg7JtE5a';
const six = [1, 2, 3, 4, 5, 6].map((n) => wireEvent({ event_name: 'lead', event_id: 'L-' + n }));
const withSecret = { path: '/pinterest/events', maxEvents: '100', sharedSecret: SECRET };
post({ v: 1, events: six });
runCode(withSecret);
assertThat(response.status).isEqualTo(413);
assertThat(errorOf()).isEqualTo('events: at most 5 events per request');
assertThat(ran).isEqualTo([]);
reset();
post({ v: 1, events: six }, { 'x-pinterest-gtm-secret': SECRET });
runCode(withSecret);
assertThat(response.status).isEqualTo(204);
assertThat(ran.length).isEqualTo(6);
// Both sides are hashed before the comparison, so it always runs over 64 hex digits.
assertApi('sha256Sync').wasCalledWith(SECRET, { outputEncoding: 'hex' });
// Wrong secrets that differ from the right one at each position, and of every other length up to twice its own: a
// comparison that looked at only part of the digests (the last pair, say: 1 wrong secret in 16 would pass) lets one through.
const wrongSecrets = ['wrong-secret-value', SECRET + SECRET];
for (let i = 0; i < SECRET.length; i++) wrongSecrets.push(SECRET.slice(0, i) + (SECRET.charAt(i) === 'x' ? 'y' : 'x') + SECRET.slice(i + 1));
for (let n = 1; n < 2 * SECRET.length; n++) if (n !== SECRET.length) wrongSecrets.push(n < SECRET.length ? SECRET.slice(0, n) : SECRET + SECRET.slice(0, n - SECRET.length));
wrongSecrets.forEach((wrong) => {
  reset();
  post({ v: 1, events: [wireEvent()] }, { 'x-pinterest-gtm-secret': wrong });
  runCode(withSecret);
  assertThat(response.status).isEqualTo(403);
  assertThat(errorOf()).isEqualTo('x-pinterest-gtm-secret: does not match');
  assertThat(response.body).doesNotContain(wrong);
  assertThat(ran).isEqualTo([]);
});
// Without a configured secret the cap still holds, whatever header is sent.
reset();
post({ v: 1, events: six }, { 'x-pinterest-gtm-secret': SECRET });
runCode(mockData);
assertThat(response.status).isEqualTo(413);
