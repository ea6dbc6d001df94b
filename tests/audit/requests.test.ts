/** Which requests the audit watches, and decoding what the tag sends (JSON and image-tag forms), bounded and safe. */
import { bracketData, requestKind, tagPayload, unrouted, withoutQuery } from '../../verify/audit/requests';

test('core.js, the tag endpoint and the server container are told apart; other hosts are ignored', () => {
  expect(requestKind('https://s.pinimg.com/ct/core.js', [])).toBe('core-js');
  expect(requestKind('https://ct.pinterest.com/v3/?event=init&tid=1', [])).toBe('tag');
  expect(requestKind('https://ct.pinterest.com/user/?tid=1', [])).toBeUndefined();
  expect(requestKind('https://sgtm.shop.example/pinterest/events?v=1', [])).toBe('server');
  expect(requestKind('https://sgtm.shop.example/g/collect?v=2', ['https://sgtm.shop.example'])).toBe('server');
  expect(requestKind('https://evil.example/ct/core.js', [])).toBeUndefined();
  expect(requestKind('https://pinterest.com.evil.example/v3/', [])).toBeUndefined();
  expect(requestKind('not a url', [])).toBeUndefined();
});

test('a routed stand-in is reported under the origin the page asked for', () => {
  const routes = [{ from: 'https://s.pinimg.com', to: 'http://127.0.0.1:8790' }];
  expect(unrouted('http://127.0.0.1:8790/ct/core.js', routes)).toBe('https://s.pinimg.com/ct/core.js');
  expect(unrouted('http://127.0.0.1:87901/ct/core.js', routes)).toBe('http://127.0.0.1:87901/ct/core.js');
});

test('the JS tag sends JSON in ed and pd; the image tag sends ed[...] with numbers where Pinterest expects them', () => {
  const json = tagPayload(`https://ct.pinterest.com/v3/?event=checkout&tid=2612345678901&ed=${encodeURIComponent('{"value":10,"currency":"EUR"}')}&pd=${encodeURIComponent('{"em":"abc"}')}`, null);
  expect(json).toEqual({ event: 'checkout', tagId: '2612345678901', eventData: { value: 10, currency: 'EUR' }, partnerData: { em: 'abc' } });
  const image = tagPayload('https://ct.pinterest.com/v3/?tid=1&event=checkout&ed[value]=10.00&ed[order_id]=007&ed[line_items][0][product_id]=1414&ed[line_items][0][product_price]=5.00&pd[em]=abc&noscript=1', null);
  expect(image.eventData).toEqual({ value: 10, order_id: '007', line_items: [{ product_id: '1414', product_price: 5 }] });
  expect(image.partnerData).toEqual({ em: 'abc' });
});

test('a POST body is read too', () => {
  expect(tagPayload('https://ct.pinterest.com/v3/', JSON.stringify({ event: 'lead', tid: '1', ed: { event_id: 'x' } })).eventData).toEqual({ event_id: 'x' });
  expect(tagPayload('https://ct.pinterest.com/v3/', 'event=lead&tid=1&ed%5Blead_type%5D=Demo').eventData).toEqual({ lead_type: 'Demo' });
});

test('hostile parameters: no prototype pollution, bounded depth and count, junk JSON ignored', () => {
  const params = new URLSearchParams('ed[__proto__][polluted]=1&ed[constructor][prototype][polluted]=1&ed[a][b][c][d][e][f]=deep&ed[ok]=1');
  expect(bracketData(params, 'ed')).toEqual({ ok: '1' });
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  const many = new URLSearchParams(Array.from({ length: 2000 }, (_, i) => `ed[k${i}]=v`).join('&'));
  expect(Object.keys(bracketData(many, 'ed') ?? {}).length).toBe(500);
  expect(tagPayload('https://ct.pinterest.com/v3/?ed={not json&pd=[1,2]', null)).toMatchObject({ eventData: undefined, partnerData: undefined });
});

test('reported URLs drop the query string, which can carry personal data', () => {
  expect(withoutQuery('https://ct.pinterest.com/v3/?pd=%7B%22em%22%3A%22jane%40example.com%22%7D')).toBe('https://ct.pinterest.com/v3/');
});
