/** What every pinterest-gtm template promises its users in the GTM UI. */
import * as path from 'node:path';
import type { Parameter } from '../../build/definition';
import { findTemplates } from '../../build/find-templates';
import { loadDefinition } from '../../build/load-definition';

const ROOT = path.resolve(__dirname, '..', '..');
const fields = (parameters: Parameter[]): Parameter[] => parameters.flatMap((p) => {
  if (p.type === 'GROUP') return fields(p.subParams);
  if (p.type === 'CHECKBOX' && p.subParams) return [p, ...fields(p.subParams)];
  return p.type === 'LABEL' ? [] : [p];
});

describe.each(findTemplates(ROOT).map((dir) => [path.relative(ROOT, dir), dir]))('%s', (_name, dir) => {
  const definition = loadDefinition(dir);
  test('every field has help with a documentation link', () => {
    const missing = fields(definition.parameters).filter((p) => !('help' in p) || !/<a href="https:\/\//.test(p.help ?? '')).map((p) => p.name);
    expect(missing).toEqual([]);
  });
  test('field names are identifiers that code can read as data.<name>', () => {
    expect(fields(definition.parameters).map((p) => p.name).filter((n) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(n))).toEqual([]);
  });
});
