/** What the inspector treats as raw personal data (hidden) and what it shows. */
import { looksPersonal } from '../../demo/inspector/privacy';

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
