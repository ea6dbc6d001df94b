/** Bad template definitions are errors, located in definition.ts. */
import { compile, definitionSource } from '../support/virtual-project';

const main = 'declare const data: { text: string };\nexport function main() { return data.text; }\n';

async function errorsFor(name: string, parameters: unknown[]): Promise<string[]> {
  const built = await compile(`definition-${name}`, { 'definition.ts': definitionSource({ parameters }), 'src/main.ts': main });
  expect(built.tpl).toBeUndefined();
  return built.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.id}: ${d.text}`);
}

const text = { type: 'TEXT', name: 'text', displayName: 'Text' };

describe('template definitions', () => {
  test('unknown parameter type', async () => {
    expect(await errorsFor('unknown-type', [text, { type: 'TEXTAREA', name: 'notes' }])).toEqual([
      'gtm/invalid-parameter: parameters[1].type ("notes"): must be one of TEXT, SELECT, RADIO, CHECKBOX, GROUP, LABEL, SIMPLE_TABLE, PARAM_TABLE',
    ]);
  });

  test('SELECT without items', async () => {
    expect(await errorsFor('select-items', [text, { type: 'SELECT', name: 'mode', selectItems: [] }])).toEqual([
      'gtm/invalid-parameter: "mode": a SELECT needs selectItems unless macrosInSelect lets the user pick a variable',
    ]);
    const variables = await compile('definition-select-variables', {
      'definition.ts': definitionSource({ parameters: [text, { type: 'SELECT', name: 'mode', selectItems: [], macrosInSelect: true }] }), 'src/main.ts': main,
    });
    expect(variables.diagnostics).toEqual([]);
  });

  test('enabling condition on a missing field', async () => {
    expect(await errorsFor('condition', [{ ...text, enablingConditions: [{ paramName: 'mode', paramValue: 'x', type: 'EQUALS' }] }])).toEqual([
      'gtm/invalid-parameter: "text": enabling condition names "mode", which is not a field',
    ]);
  });

  test('invalid validators', async () => {
    expect(await errorsFor('validator', [{ ...text, valueValidators: [{ type: 'REGEX', args: ['(unclosed'] }, { type: 'STRING_LENGTH', args: [5, 1] }, { type: 'MAX' }] }])).toEqual([
      'gtm/invalid-parameter: parameters[0].valueValidators[2].type ("text"): must be one of NON_EMPTY, REGEX, POSITIVE_NUMBER, NON_NEGATIVE_NUMBER, NUMBER, DECIMAL, STRING_LENGTH, TABLE_ROW_COUNT, GA_TRACKING_ID',
    ]);
    expect(await errorsFor('validator-semantics', [{ ...text, valueValidators: [{ type: 'REGEX', args: ['(unclosed'] }, { type: 'STRING_LENGTH', args: [5, 1] }] }])).toEqual([
      'gtm/invalid-parameter: "text": REGEX validator pattern "(unclosed" does not compile',
      'gtm/invalid-parameter: "text": STRING_LENGTH minimum is above its maximum',
    ]);
  });

  test('misspelt keys, duplicate names and a default outside the items', async () => {
    expect(await errorsFor('typo', [{ ...text, enablingCondition: [] }])).toEqual([
      'gtm/invalid-parameter: parameters[0] ("text"): unknown key "enablingCondition"',
    ]);
    expect(await errorsFor('duplicate', [text, { type: 'GROUP', name: 'g', groupStyle: 'NO_ZIPPY', subParams: [text] }])).toEqual([
      'gtm/invalid-parameter: parameter name "text" is used twice',
    ]);
    expect(await errorsFor('default', [text, { type: 'SELECT', name: 'mode', defaultValue: 'c', selectItems: [{ value: 'a', displayValue: 'A' }] }])).toEqual([
      'gtm/invalid-parameter: "mode": default value "c" is not one of its items',
    ]);
  });

  test('the diagnostic points into definition.ts', async () => {
    const built = await compile('definition-location', {
      'definition.ts': definitionSource({ parameters: [text, { type: 'SELECT', name: 'mode', selectItems: [] }] }),
      'src/main.ts': main,
    });
    expect(built.diagnostics[0].location).toMatchObject({ file: 'definition.ts', lineText: '      "name": "mode",' });
  });

  test('GTM accepts any parameter name and localized texts; a name that is not an identifier is a warning', async () => {
    const built = await compile('definition-names', {
      'definition.ts': definitionSource({ parameters: [text, { type: 'GROUP', name: 'GCP data', displayName: { text: 'GCP', translations: [{ locale: 'br', text: 'GCP' }] }, subParams: [{ type: 'LABEL', name: 'note' }] }] }),
      'src/main.ts': main,
    });
    expect(built.diagnostics.map((d) => `${d.severity} ${d.text}`)).toEqual(['warning parameter name "GCP data" is not an identifier; code can only read it as data["GCP data"]']);
  });

  test('a tag must complete through gtmOnSuccess or gtmOnFailure', async () => {
    const built = await compile('definition-tag', { 'definition.ts': definitionSource({ kind: 'web-tag' }), 'src/main.ts': main });
    expect(built.diagnostics.map((d) => d.text)).toEqual(['Tag code must invoke data.gtmOnSuccess() or data.gtmOnFailure()']);
  });
});
