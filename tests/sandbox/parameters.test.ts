/** Template fields as `gtm-sandbox check` reads them: what GTM's exports contain is accepted. */
import { validateParameters } from '../../gtm-sandbox/parameters/validate-parameters';

const table = (column: Record<string, unknown>) => [{
  type: 'SIMPLE_TABLE', name: 'rows', displayName: 'Rows', simpleTableColumns: [{ name: 'a', displayName: 'A', type: 'TEXT' }, column],
}];
const texts = (parameters: unknown): string[] => validateParameters(parameters).map((d) => d.text);

test('a table column may carry help text (coveooss/coveo-analytics-gtm-template)', () => {
  expect(texts(table({ name: 'b', displayName: 'B', type: 'TEXT', help: 'What B is.' }))).toEqual([]);
  expect(texts(table({ name: 'b', displayName: 'B', type: 'TEXT', helpText: 'x' }))).toEqual([expect.stringContaining('unknown key "helpText"')]);
});

test('a SELECT column needs selectItems unless the user picks a variable (macrosInSelect)', () => {
  expect(texts(table({ name: 'b', displayName: 'B', type: 'SELECT', macrosInSelect: true }))).toEqual([]);
  expect(texts(table({ name: 'b', displayName: 'B', type: 'SELECT', macrosInSelect: false }))).toEqual([expect.stringContaining('selectItems')]);
  expect(texts(table({ name: 'b', displayName: 'B', type: 'SELECT' }))).toEqual([expect.stringContaining('selectItems')]);
});
