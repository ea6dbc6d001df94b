/** The journey file: every step form parses, and every mistake names the file, line and step. */
import { parseJourney } from '../../verify/audit/journey';

const yaml = (...lines: string[]): string => `${lines.join('\n')}\n`;

test('every step form a marketer can write', () => {
  const steps = parseJourney(yaml(
    '- goto: /product/VASE-01',
    '- click: Add to cart',
    '- click: { selector: "#checkout" }',
    '  name: Go to checkout',
    '  timeout: 3000',
    '- fill: { field: Email, value: jane@example.com }',
    '- select: { selector: "#size", option: M }',
    '- wait: 500',
    '- wait: { text: Thank you }',
    '- wait: { request: /pinterest/events }',
    '- push: { event: purchase, ecommerce: { value: 10 } }',
    '- expect: addtocart',
    '- expect: { event: checkout, params: { currency: EUR }, has: [order_id] }',
  ), 'journey.yaml');
  expect(steps.map((s) => [s.action, s.line])).toEqual([['goto', 1], ['click', 2], ['click', 3], ['fill', 6], ['select', 7], ['wait', 8], ['wait', 9], ['wait', 10], ['push', 11], ['expect', 12], ['expect', 13]]);
  expect(steps[1]).toMatchObject({ text: 'Add to cart', label: 'step 2 (click "Add to cart")' });
  expect(steps[2]).toMatchObject({ selector: '#checkout', timeout: 3000, label: 'step 3 (Go to checkout)' });
  expect(steps[3]).toMatchObject({ field: 'Email', value: 'jane@example.com' });
  expect(steps[8]).toMatchObject({ message: { event: 'purchase', ecommerce: { value: 10 } } });
  expect(steps[10]).toMatchObject({ event: 'checkout', params: { currency: 'EUR' }, has: ['order_id'] });
});

test.each([
  [yaml('- goto: /', '- click: {}'), 'journey.yaml:2: step 2 (click): click needs "text" or "selector" [journey-invalid]'],
  [yaml('- goto: /', '- clik: Buy'), 'journey.yaml:2: step 2: unknown key "clik"'],
  [yaml('- goto: /', '  click: Buy'), 'journey.yaml:1: step 1 (goto): one action per step, found goto and click'],
  [yaml('- name: only a name'), 'journey.yaml:1: step 1: no action'],
  [yaml('- fill: { field: Email }'), 'journey.yaml:1: step 1 (fill): fill needs "value"'],
  [yaml('- wait: -5'), 'journey.yaml:1: step 1 (wait): wait: ms must be whole milliseconds'],
  [yaml('- wait: { text: "" }'), 'journey.yaml:1: step 1 (wait): wait needs milliseconds, "text" or "request"'],
  [yaml('- push: purchase'), 'journey.yaml:1: step 1 (push): push needs a dataLayer message'],
  [yaml('- expect: { name: checkout }'), 'journey.yaml:1: step 1 (expect): expect needs an event name'],
  [yaml('- expect: { event: checkout, param: {} }'), 'journey.yaml:1: step 1 (expect): expect: unknown key "param"'],
  [yaml('- goto: /', '- click: Buy', '  timeout: 1e9'), 'journey.yaml:2: step 2 (click): timeout must be whole milliseconds'],
  [yaml('goto: /'), 'journey.yaml:1: a journey is a YAML list of steps'],
  [yaml('- goto: /', '- [unclosed'), 'journey.yaml:3: not valid YAML'],
  ['', 'journey.yaml:1: a journey is a YAML list of steps'],
  [yaml('- goto: /', '- goto: /b', '  goto: /c'), 'journey.yaml:3: not valid YAML: Map keys must be unique'],
])('%j is refused with a message naming the step', (text, message) => {
  expect(() => parseJourney(text, 'journey.yaml')).toThrow(message);
});

test('hostile files are bounded: alias bombs and thousands of steps are refused', () => {
  const bomb = yaml('- &a { push: { event: x } }', ...Array.from({ length: 200 }, () => '- *a'));
  expect(() => parseJourney(bomb, 'j.yaml')).toThrow(/journey-invalid|alias/i);
  expect(() => parseJourney(yaml(...Array.from({ length: 501 }, () => '- wait: 1')), 'j.yaml')).toThrow('at most 500 steps');
});
