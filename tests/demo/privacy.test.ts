/** What the inspector treats as raw personal data (hidden) and what it shows. */
import { containsEmail, looksPersonal } from '../../demo/inspector/privacy';

test.each([
  'jane.doe@example.com', 'Jane.Doe+shop@Example.co.uk', 'jane.doe%40example.com', 'https://shop.example/thanks?email=jane%40example.com',
  '+1 (555) 010-4477', '+44 20 7946 0958', '555-010-4477', 'call 0151 496 0000 now', 'not sent: jane@example.com',
])('hidden: %j', (value) => {
  expect(looksPersonal(value)).toBe(true);
});

test.each([
  'checkout_ORD-1796188206131', '1796188206131.6699.2', 'ORD-42', '39.9', 'EUR', 'add_to_cart', 'EPIK-E2E',
  'b4c9a289323b21a01c3e940f150eb9b8c542587f1abfd8f0e1cc1ffc5e475514', '/product/VASE-01',
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', 'HTTP 429: retrying with the same event_id',
])('shown: %j', (value) => {
  expect(looksPersonal(value)).toBe(false);
});

test('the email scan finds exactly what the address pattern matches (seeded random texts)', () => {
  // The pattern the scan replaces, run only on short texts here (it backtracks quadratically on long ones).
  const PATTERN = /[^\s@/?&=:]+@[^\s@/?&=]+\.[a-z]{2,}/i;
  const alphabet = ['a', 'Z', 'ex', '.', '@', 'co', 'Uk', '/', ':', ' ', '=', '?', '&', '1', '-', '+', 'é', '\n', '\u00a0', 'e.', 'a@b', '.uk'];
  let seed = 5;
  const next = (n: number): number => { seed = (seed * 48271) % 2147483647; return seed % n; };
  let emails = 0;
  for (let i = 0; i < 20000; i++) {
    const text = Array.from({ length: 1 + next(10) }, () => alphabet[next(alphabet.length)]).join('');
    const expected = PATTERN.test(text);
    if (expected) emails++;
    expect([text, containsEmail(text)]).toEqual([text, expected]);
  }
  expect(emails).toBeGreaterThan(300);
});
