/** Container exports are input: a `__proto__` parameter key or a null container never corrupts or crashes the runtimes. */
import { readContainerExport } from '../../gtm-sandbox/container/export-format';
import { decodeParameters } from '../../gtm-sandbox/container/parameters';

test('a parameter named __proto__ is a field, not the prototype of data', () => {
  const data = decodeParameters([
    { type: 'MAP', key: '__proto__', map: [{ type: 'TEMPLATE', key: 'polluted', value: 'yes' }] },
    { type: 'TEMPLATE', key: 'constructor', value: 'x' },
    null as never, { type: 'TEMPLATE' } as never,
  ], () => undefined);
  expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
  expect((data as { polluted?: string }).polluted).toBeUndefined();
  expect(Object.keys(data)).toEqual(['__proto__', 'constructor']);
  expect(({} as { polluted?: string }).polluted).toBeUndefined();
});

test.each(['null', '{"exportFormatVersion":2,"containerVersion":null}', '[]', '7'])('%s is refused with a clear error', (text) => {
  expect(() => readContainerExport(text, 'bad.json')).toThrow('bad.json: not a GTM container export');
});
