/** The Conversions API tag's Default country field: its validator takes what the run-time rule takes. */
import * as path from 'node:path';
import type { Parameter } from '../../build/definition';
import { loadDefinition } from '../../build/load-definition';

const ROOT = path.resolve(__dirname, '..', '..');
const find = (parameters: Parameter[], name: string): Parameter | undefined => {
  for (const p of parameters) {
    if (p.name === name) return p;
    const inner = 'subParams' in p && p.subParams ? find(p.subParams, name) : undefined;
    if (inner) return inner;
  }
  return undefined;
};

test('Default country accepts ISO 3166-1 alpha-2 codes, variables and nothing (it is optional), nothing else', () => {
  const field = find(loadDefinition(path.join(ROOT, 'server-template', 'tag')).parameters, 'defaultCountry') as Parameter & { valueValidators: { type: string; args: string[] }[] };
  const pattern = new RegExp(field.valueValidators.find((v) => v.type === 'REGEX')?.args[0] ?? '^$');
  expect(['US', 'gb', 'De', '{{Shop country}}', ''].filter((v) => !pattern.test(v))).toEqual([]);
  expect(['USA', 'United States', 'U.S.', 'G', '{{}}'].filter((v) => pattern.test(v))).toEqual([]);
});
