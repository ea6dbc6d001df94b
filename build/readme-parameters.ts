/**
 * The README's parameter tables, generated from each template's definition.ts so the docs cannot drift
 * from the fields (one source of truth). A README section between
 * `<!-- parameters:web-template/tag -->` and `<!-- /parameters -->` is rewritten by `npm run build`
 * and checked by `npm run build -- --check`.
 */
import type { Item, Parameter, TemplateDefinition } from './definition';

const MARKER = /<!-- parameters:([\w/-]+) -->[\s\S]*?<!-- \/parameters -->/g;

function markdownFromHelp(help: string | undefined): string {
  return (help ?? '')
    .replace(/<a href="([^"]+)">([^<]+)<\/a>/g, '[$2]($1)')
    .replace(/<code>([^<]*)<\/code>/g, '`$1`')
    .replace(/<b>([^<]*)<\/b>/g, '**$1**')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
    .replace(/\|/g, '\\|')
    .replace(/\s+/g, ' ')
    .trim();
}

function choices(items: Item[] | undefined): string {
  return items && items.length > 0 ? ` Choices: ${items.map((i) => `\`${String(i.value)}\` (${i.displayValue})`).join(', ')}.` : '';
}

function rows(parameters: Parameter[], group: string): string[] {
  const out: string[] = [];
  for (const p of parameters) {
    if (p.type === 'GROUP') {
      out.push(...rows(p.subParams, p.displayName ?? p.name));
      continue;
    }
    if (p.type === 'LABEL') continue;
    const label = 'displayName' in p && p.displayName ? p.displayName : ('checkboxText' in p ? p.checkboxText : '');
    const fallback = 'defaultValue' in p && p.defaultValue !== undefined ? `\`${JSON.stringify(p.defaultValue)}\`` : '';
    const items = p.type === 'SELECT' ? p.selectItems : p.type === 'RADIO' ? p.radioItems : undefined;
    const columns = p.type === 'SIMPLE_TABLE' ? ` Columns: ${p.simpleTableColumns.map((c) => `\`${c.name}\``).join(', ')}.` : '';
    out.push(`| \`${p.name}\` | ${group} | ${label.replace(/\|/g, '\\|')} | ${p.type} | ${fallback} | ${markdownFromHelp(p.help)}${choices(items)}${columns} |`);
    if (p.type === 'CHECKBOX' && p.subParams) out.push(...rows(p.subParams, group));
  }
  return out;
}

export function parameterTable(definition: TemplateDefinition): string {
  return [
    '| Field | Group | Label | Type | Default | What it does |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows(definition.parameters, ''),
  ].join('\n');
}

/** The README with every marked section regenerated; templates maps a folder (as in the marker) to its definition. */
export function withParameterTables(readme: string, definitions: ReadonlyMap<string, TemplateDefinition>): string {
  return readme.replace(MARKER, (whole, folder: string) => {
    const definition = definitions.get(folder);
    if (!definition) return whole;
    return `<!-- parameters:${folder} -->\n${parameterTable(definition)}\n<!-- /parameters -->`;
  });
}
