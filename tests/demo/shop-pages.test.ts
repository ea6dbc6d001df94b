/** The shop's pages with hostile query data: nothing from the URL can end a script or add markup. */
import { escapeHtml, scriptJson } from '../../demo/html';
import { PRODUCTS, shopPage } from '../../demo/shop-pages';

const CONFIG = { routes: { 'https://s.pinimg.com': 'http://127.0.0.1:1' }, inspector: 'http://127.0.0.1:2/inspector' };
const CANARY = 'PWNED_CANARY';
const HOSTILE = [
  `</script><script>${CANARY}()</script>`, `</SCRIPT ><img src=x onerror=${CANARY}()>`, `"><svg onload=${CANARY}()>`,
  `<!--<script>${CANARY}`, `'); ${CANARY}(); ('`, `\u2028${CANARY}\u2029`, `&lt;${CANARY}&gt;`,
];
const scripts = (html: string): number => (html.match(/<script/gi) ?? []).length;
const query = (entries: Record<string, string>): URLSearchParams => new URLSearchParams(entries);

test.each(HOSTILE)('checkout refuses an item that is not a product (%j): no page, nothing inlined', (item) => {
  expect(shopPage('/checkout', query({ item }), CONFIG)).toBeUndefined();
});

test('checkout with a product inlines its id; without one it uses the first product', () => {
  expect(shopPage('/checkout', query({ item: 'MUG-02' }), CONFIG)).toContain('"MUG-02"');
  expect(shopPage('/checkout', query({}), CONFIG)).toContain(`"${PRODUCTS[0].item_id}"`);
});

describe.each(HOSTILE)('hostile query value %j', (value) => {
  test.each([
    ['/search', { q: value }], ['/thanks', { order: value, item: value }], ['/', { consent: value }], ['/contact', { epik: value }], ['/app/help', { q: value }],
  ] as const)('%s keeps its scripts and shows the value only as escaped text', (pathname, entries) => {
    const page = shopPage(pathname, query(entries), CONFIG) as string;
    const baseline = shopPage(pathname, query({}), CONFIG) as string;
    expect(scripts(page)).toBe(scripts(baseline));
    expect(page.split(escapeHtml(value)).join('')).not.toContain(CANARY);
  });
});

test('the app answers its three routes, deep links included; any other /app path is not found', () => {
  for (const route of ['/app', '/app/', '/app/help', ...PRODUCTS.map((p) => `/app/product/${p.item_id}`)]) {
    expect(shopPage(route, query({}), CONFIG)).toContain(`data-route="${route}"`);
  }
  for (const route of ['/app/product/NOPE-9', '/app/cart', '/app/help/', '/apps', `/app/${HOSTILE[0]}`]) expect(shopPage(route, query({}), CONFIG)).toBeUndefined();
});

test('scriptJson round-trips any string and never emits <, >, & or the JavaScript-only line terminators', () => {
  let seed = 7;
  const random = (): number => { seed = (seed * 48271) % 2147483647; return seed / 2147483647; };
  const alphabet = ['<', '>', '&', '/', 'script', '!--', '\u2028', '\u2029', '"', '\'', '\\', 'é', '\u0000', CANARY];
  for (let i = 0; i < 500; i++) {
    const value = { text: Array.from({ length: 12 }, () => alphabet[Math.floor(random() * alphabet.length)]).join('') };
    const out = scriptJson(value);
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(out)).toEqual(value);
  }
});

test('escapeHtml leaves no markup characters', () => {
  expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe('&#60;a href=&#34;x&#34; onclick=&#39;y&#39;&#62;&#38;&#60;/a&#62;');
});
