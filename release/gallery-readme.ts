/**
 * README.md of a Gallery repository: what the template does, how to install it, its parameters (the
 * same table as the main README, from definition.ts), the permissions it asks for, and its versions.
 * The Gallery links to it from the template's page (metadata.yaml documentation).
 */
import type { TemplateDefinition, TemplateKind } from '../build/definition';
import { parameterTable } from '../build/readme-parameters';
import type { PlainValue } from '../gtm-sandbox/permissions/codec';
import { MAIN_REPOSITORY, type GalleryRepository } from './gallery-repos';

const TAG = 'fill in the fields below, choose its triggers, **Save**';
const OTHER = 'fill in the fields below, **Save**';
const INSTALL: Readonly<Record<TemplateKind, { container: string; list: string; create: string; finish: string }>> = {
  'web-tag': { container: 'web', list: 'Tag Templates', create: '**Tags → New**', finish: TAG },
  'web-variable': { container: 'web', list: 'Variable Templates', create: '**Variables → User-Defined Variables → New**', finish: OTHER },
  'server-tag': { container: 'server', list: 'Tag Templates', create: '**Tags → New**', finish: TAG },
  'server-variable': { container: 'server', list: 'Variable Templates', create: '**Variables → User-Defined Variables → New**', finish: OTHER },
  'server-client': { container: 'server', list: 'Client Templates', create: '**Clients → New**', finish: OTHER },
};

const setting = (value: PlainValue): string => {
  if (typeof value === 'string') return value === '' ? '""' : value;
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(setting).join(', ');
  return Object.entries(value).map(([k, v]) => `${k}: ${setting(v)}`).join('; ');
};

export interface ReadmeInput {
  readonly repository: GalleryRepository;
  readonly definition: TemplateDefinition;
  readonly history: readonly { version: string; date?: string; note: string }[];
}

export function galleryReadme({ repository, definition, history }: ReadmeInput): string {
  const install = INSTALL[definition.kind];
  const name = definition.info.displayName;
  // Steps numbered by their place; a step's second line continues it (indented, unnumbered).
  const steps = [
    ...(definition.kind === 'server-client'
      ? [`Download \`template.tpl\` from this repository (the Gallery does not list client templates).`,
        `In your ${install.container} container: **Templates → ${install.list} → New → ⋮ → Import**, pick the file, **Save**.`]
      : [`In your ${install.container} container: **Templates → ${install.list} → Search Gallery**, search for **${name}**, **Add to workspace**.\n`
        + `   Or download \`template.tpl\` and use **Templates → ${install.list} → New → ⋮ → Import**.`]),
    `${install.create} → **${name}**, ${install.finish}.`,
  ].map((step, i) => `${i + 1}. ${step}`);
  const permissions = Object.entries(definition.permissions).map(([id, settings]) => {
    const details = Object.entries(settings).map(([k, v]) => `${k}: ${setting(v)}`).join('; ');
    return `| \`${id}\` | ${details.replace(/\|/g, '\\|') || '(no settings)'} |`;
  });
  return [
    `# ${name}`,
    '',
    definition.info.description,
    '',
    `Built from [\`${repository.template}\`](${MAIN_REPOSITORY}/tree/main/${repository.template}) in ${MAIN_REPOSITORY} by \`npm run release\`.`,
    'Do not edit this repository: changes go to the main repository and arrive here with the next release.',
    '',
    '## Install',
    '',
    ...steps,
    '',
    `Setup guide: ${MAIN_REPOSITORY}#${repository.guide}`,
    '',
    '## Parameters',
    '',
    parameterTable(definition),
    '',
    '## Permissions',
    '',
    'What the template may do in your container; GTM shows the same list before you add it.',
    '',
    '| Permission | Settings |',
    '| --- | --- |',
    ...permissions,
    '',
    '## Versions',
    '',
    ...history.map((h) => `- ${h.version}${h.date ? ` (${h.date})` : ''}: ${h.note}`),
    '',
    '## Licence',
    '',
    'Apache-2.0, see `LICENSE`.',
    '',
  ].join('\n');
}
