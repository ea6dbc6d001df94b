/**
 * Builds one template folder: definition + TypeScript sources + tests → template.tpl and template.js.
 * Pipeline: load definition → validate parameters → esbuild bundle → subset validation (mapped back to
 * TypeScript) → shape output → permission check → tests check → minify (validated again) → write .tpl.
 * template.js keeps the readable code; the .tpl carries it minified (build/minify.ts).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { validateSandboxed, type ValidationResult } from '../gtm-sandbox/language/validate';
import { diagnostic, hasErrors, type Diagnostic, type Location } from '../gtm-sandbox/diagnostics';
import { encodePermissions } from '../gtm-sandbox/permissions/codec';
import { flatten, validateParameters, type ParameterLike } from '../gtm-sandbox/parameters/validate-parameters';
import { bundleTemplate } from './bundle';
import { checkPermissions } from './check-permissions';
import { KIND_SHAPE, type TemplateDefinition } from './definition';
import { definitionLocator, loadDefinition } from './load-definition';
import { readTests, type TestSources } from './read-tests';
import { thumbnailDataUri } from './thumbnail';
import { internalPropertyProblems, minifyForGtm, type MinifiedCode } from './minify';
import { shapedLineMap, shapeOutput } from './shape-output';
import { createLocationMapper, remapDiagnostics } from './source-map';
import { writeTemplate } from './tpl-writer';

export interface BuiltTemplate {
  readonly dir: string;
  readonly diagnostics: Diagnostic[];
  /** Absent when the build failed. */
  readonly tpl?: string;
  readonly js?: string;
}

export const TEMPLATE_RULES = {
  completion: 'gtm/tag-completion',
  unknownField: 'gtm/unknown-field',
} as const;

export async function buildTemplate(dir: string): Promise<BuiltTemplate> {
  const definition = loadDefinition(dir);
  const locateInDefinition = definitionLocator(dir);
  const shape = KIND_SHAPE[definition.kind];
  if (!shape) {
    return { dir, diagnostics: [diagnostic('gtm/invalid-definition', 'error', `unknown template kind "${String(definition.kind)}"`, locateInDefinition('kind'))] };
  }
  const diagnostics: Diagnostic[] = [...validateParameters(definition.parameters, locateInDefinition)];

  const entry = definition.entry ?? 'src/main.ts';
  const bundled = await bundleTemplate(dir, entry, findTsconfig(dir));
  diagnostics.push(...bundled.diagnostics);
  if (hasErrors(bundled.diagnostics)) return { dir, diagnostics };

  const outputFile = path.relative(process.cwd(), path.join(dir, 'template.js'));
  const raw = validateSandboxed(bundled.code, { file: outputFile, context: shape.context, checkMethods: true, bundlerOutput: true });
  const toSource = createLocationMapper(bundled.map, dir, outputFile, bundled.code);
  diagnostics.push(...remapDiagnostics(raw.diagnostics, toSource));
  if (hasErrors(diagnostics)) return { dir, diagnostics };

  const code = shapeOutput(bundled.code, shape.type === 'MACRO');
  const final = validateSandboxed(code, { file: outputFile, context: shape.context, checkMethods: true });
  diagnostics.push(...final.diagnostics);
  diagnostics.push(...checkPermissions({
    context: shape.context, apis: final.apis, calls: final.apiCalls, declared: definition.permissions,
    // Point at the author's first call of the API, not at the import module's require().
    locateUse: (use) => {
      const first = raw.apiCalls.find((c) => c.api === use.name) ?? raw.apis.find((a) => a.name === use.name) ?? use;
      return toSource(first.line, first.column);
    },
    locatePermission: (id) => locateInDefinition(id),
  }));
  diagnostics.push(...checkDataFields(definition, final.dataFields, shape.type, locateInDefinition));

  const tests = readTests(dir);
  diagnostics.push(...tests.diagnostics, ...validateTests(tests, shape.context));
  if (hasErrors(diagnostics)) return { dir, diagnostics };

  const internal = definition.internalProperties ?? [];
  for (const problem of internalPropertyProblems(code, internal)) diagnostics.push(diagnostic('build/minify', 'error', problem, locateInDefinition('internalProperties')));
  if (hasErrors(diagnostics)) return { dir, diagnostics };
  const minified = definition.code === 'minified' ? minifyForGtm(code, internal) : undefined;
  if (minified) diagnostics.push(...checkMinified(minified, final, shape.context, outputFile, (line, column) => {
    // minified → readable (template.js, after its three header lines) → bundle → TypeScript.
    const readable = minified.toReadable(line, column);
    const bundledLine = shapedLineMap(bundled.code, code)(readable.line);
    return bundledLine === undefined ? { file: outputFile, line: readable.line + JS_HEADER_LINES, column: readable.column, lineText: '' } : toSource(bundledLine, readable.column);
  }));
  if (hasErrors(diagnostics)) return { dir, diagnostics };

  const tpl = writeTemplate({
    context: shape.context,
    info: infoSection(definition, shape),
    parameters: definition.parameters,
    code: minified ? minified.code : code,
    permissions: encodePermissions(definition.permissions),
    tests: tests.tests,
    notes: definition.notes ?? defaultNotes(dir),
  });
  const js = `// Generated by \`npm run build\` from ${path.relative(process.cwd(), path.join(dir, entry)).replace(/\\/g, '/')}: do not edit.\n// This is the code of template.tpl, kept as a file so that reviews can diff it.\n\n${code}`;
  return { dir, diagnostics, tpl, js };
}

/** Lines of template.js before the code: the "generated" note and a blank line. */
const JS_HEADER_LINES = 3;

/**
 * The minified code must be what the readable code is: valid sandboxed JavaScript (GTM compiles it), with
 * the same API requires and the same data fields. Anything else is a compiler bug, reported where it
 * comes from.
 */
function checkMinified(minified: MinifiedCode, readable: ValidationResult, context: 'web' | 'server', file: string, locate: (line: number, column: number) => Location): Diagnostic[] {
  const result = validateSandboxed(minified.code, { file, context, checkMethods: true });
  const out = result.diagnostics.map((d) => (d.location ? { ...d, text: d.text + ' (in the minified code)', location: locate(d.location.line, d.location.column) } : d));
  const names = (r: ValidationResult): string => [...new Set(r.apis.map((a) => a.name))].sort().join(',') + ' / ' + [...r.dataFields].sort().join(',');
  if (names(result) !== names(readable)) {
    out.push(diagnostic('build/minify', 'error', 'the minified code requires other APIs or reads other data fields than the readable code', { file, line: 1, column: 0, lineText: '' }));
  }
  return out;
}

function infoSection(definition: TemplateDefinition, shape: { type: string; context: string }): Record<string, unknown> {
  const brand: Record<string, string> = { id: definition.info.brand.id, displayName: definition.info.brand.displayName };
  if (definition.info.brand.thumbnail) brand.thumbnail = thumbnailDataUri(definition.info.brand.thumbnail);
  return {
    type: shape.type,
    id: 'cvt_temp_public_id',
    version: 1,
    securityGroups: [],
    displayName: definition.info.displayName,
    categories: definition.info.categories,
    brand,
    description: definition.info.description,
    containerContexts: [shape.context.toUpperCase()],
  };
}

/** GTM refuses to save a tag whose code never calls data.gtmOnSuccess() or data.gtmOnFailure(). */
function checkDataFields(definition: TemplateDefinition, fields: Set<string>, type: string, locate: ReturnType<typeof definitionLocator>): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (type === 'TAG' && !fields.has('gtmOnSuccess') && !fields.has('gtmOnFailure')) {
    out.push(diagnostic(TEMPLATE_RULES.completion, 'error', 'Tag code must invoke data.gtmOnSuccess() or data.gtmOnFailure()', locate('kind')));
  }
  const names = new Set(flatten(definition.parameters as unknown as ParameterLike[]).map((p) => p.name));
  for (const field of fields) {
    if (field === 'gtmOnSuccess' || field === 'gtmOnFailure' || names.has(field)) continue;
    out.push(diagnostic(TEMPLATE_RULES.unknownField, 'warning', `the code reads data.${field}, but no parameter is named "${field}"`, locate('parameters')));
  }
  return out;
}

function validateTests(tests: TestSources, context: 'web' | 'server'): Diagnostic[] {
  const out: Diagnostic[] = [];
  const rel = (f: string): string => path.relative(process.cwd(), f);
  const setup = tests.setupFile ? validateSandboxed(tests.tests.setup, { file: rel(tests.setupFile), context, testCode: true, checkMethods: true }) : null;
  if (setup) out.push(...setup.diagnostics);
  for (const f of tests.files) {
    const result = validateSandboxed(f.code, { file: rel(f.file), context, testCode: true, checkMethods: true, extraGlobals: setup?.declared ?? [] });
    // Scenario code starts on the file's second line.
    out.push(...result.diagnostics.map((d) => (d.location ? { ...d, location: { ...d.location, line: d.location.line + f.firstLine - 1 } } : d)));
  }
  return out;
}

function defaultNotes(dir: string): string {
  return `Built from the TypeScript sources in ${path.relative(process.cwd(), dir).replace(/\\/g, '/')}/ by \`npm run build\`.\nEdit those sources rather than this file: a rebuild overwrites it.`;
}

/** The nearest tsconfig.json at or above the template folder. */
function findTsconfig(dir: string): string {
  let current = path.resolve(dir);
  for (;;) {
    const candidate = path.join(current, 'tsconfig.json');
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(current);
    if (parent === current) throw new Error(`no tsconfig.json above ${dir}`);
    current = parent;
  }
}
