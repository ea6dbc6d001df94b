/**
 * Reads any exported template.tpl: a BOM, the older section order (permissions before code), missing
 * sections, and GTM's escaped YAML in ___TESTS___ are all accepted.
 */
import { load as loadLenientYaml } from 'js-yaml';
import { parse as parseYaml } from 'yaml';
import type { ContainerContext } from '../api-catalog';
import { JsonSyntaxError, parseLenientJson } from './lenient-json';
import { SECTION_ORDER, type TemplateType } from './sections';

export interface TestScenario { readonly name: string; readonly code: string }
export interface TemplateTests { readonly scenarios: TestScenario[]; readonly setup: string }

export interface ParsedTemplate {
  /** Raw section bodies by name, in file order. */
  readonly sections: ReadonlyMap<string, string>;
  readonly hasBom: boolean;
  readonly context: ContainerContext;
  readonly type: TemplateType;
  readonly info: Record<string, unknown>;
  readonly parameters: unknown[];
  readonly code: string;
  /** Permissions in GTM's typed JSON (decode with permissions/codec.ts). */
  readonly permissions: unknown[];
  readonly tests: TemplateTests;
  readonly notes: string;
  /** Sections GTM accepts that strict parsers refuse (JSON trailing commas, YAML continuation lines at column 0). */
  readonly lenientSections?: readonly string[];
  /** The file, as the caller named it, and the line of the file where the code section's first line is. */
  readonly file?: string;
  readonly codeLine?: number;
}

export class TemplateFormatError extends Error {}

const SECTION_LINE = /^___([A-Z_]+)___$/;

/**
 * Splits the text into sections; bodies lose the blank line after the header and trailing newlines.
 * `lines` gives the 1-based line of the file where each body starts, for diagnostics.
 */
export function readSections(text: string): { sections: Map<string, string>; hasBom: boolean; lines: Map<string, number> } {
  const hasBom = text.charCodeAt(0) === 0xfeff;
  const fileLines = (hasBom ? text.slice(1) : text).replace(/\r\n/g, '\n').split('\n');
  const sections = new Map<string, string>();
  const lines = new Map<string, number>();
  let current: string | null = null;
  let body: string[] = [];
  let bodyLine = 0;
  const flush = (): void => {
    if (current === null) return;
    let first = bodyLine;
    while (body.length > 0 && body[0] === '') { body.shift(); first++; }
    while (body.length > 0 && body[body.length - 1] === '') body.pop();
    sections.set(current, body.join('\n'));
    lines.set(current, first);
  };
  fileLines.forEach((line, index) => {
    if (SECTION_LINE.test(line) && (SECTION_ORDER as readonly string[]).includes(line)) {
      flush();
      current = line;
      body = [];
      bodyLine = index + 2;
    } else if (current !== null) {
      body.push(line);
    }
  });
  flush();
  return { sections, hasBom, lines };
}

export function parseTemplate(text: string, file = 'template.tpl'): ParsedTemplate {
  const { sections, hasBom, lines } = readSections(text);
  const lenientSections: string[] = [];
  const json = (name: string, fallback: unknown): unknown => {
    const body = sections.get(name);
    if (body === undefined || body.trim() === '') return fallback;
    try {
      const parsed = parseLenientJson(body);
      if (parsed.lenient) lenientSections.push(name);
      return parsed.value;
    } catch (error) {
      if (!(error instanceof JsonSyntaxError)) throw error;
      // The file's own line and column (the reader's message never quotes the text).
      const where = `${file}:${(lines.get(name) ?? 1) + error.line - 1}:${error.column}`;
      throw new TemplateFormatError(`${where}: ${name} is not valid JSON: ${error.message.replace(/ at line \d+ column \d+$/, '')}`);
    }
  };
  const info = json('___INFO___', null) as Record<string, unknown> | null;
  if (!info || typeof info !== 'object') throw new TemplateFormatError(`${file}: missing ___INFO___ section`);
  const serverCode = sections.get('___SANDBOXED_JS_FOR_SERVER___');
  const contexts = Array.isArray(info.containerContexts) ? info.containerContexts : [];
  const context: ContainerContext = serverCode !== undefined || contexts.includes('SERVER') ? 'server' : 'web';
  const codeSection = context === 'server' ? '___SANDBOXED_JS_FOR_SERVER___' : '___SANDBOXED_JS_FOR_WEB_TEMPLATE___';
  const code = sections.get(codeSection) ?? '';
  const type = String(info.type ?? 'TAG') as TemplateType;
  if (!['TAG', 'MACRO', 'CLIENT'].includes(type)) throw new TemplateFormatError(`${file}: unknown template type ${type}`);
  const permissions = json(context === 'server' ? '___SERVER_PERMISSIONS___' : '___WEB_PERMISSIONS___', []) as unknown[];
  const tests = readTests(sections.get('___TESTS___') ?? '', file);
  if (tests.lenient) lenientSections.push('___TESTS___');
  return {
    sections, hasBom, context, type, info,
    parameters: json('___TEMPLATE_PARAMETERS___', []) as unknown[],
    code, permissions, tests: tests.tests,
    notes: sections.get('___NOTES___') ?? '', lenientSections, file, codeLine: lines.get(codeSection) ?? 1,
  };
}

export function parseTests(body: string, file = 'template.tpl'): TemplateTests {
  return readTests(body, file).tests;
}

/**
 * ___TESTS___ as `yaml` reads it, or else as js-yaml reads it: some published sections continue a
 * quoted scalar on lines at column 0, which the YAML spec and `yaml` refuse but lenient parsers (and
 * GTM, which imports them) accept (docs/emulator-fidelity.md).
 */
function readTests(body: string, file: string): { tests: TemplateTests; lenient: boolean } {
  if (body.trim() === '') return { tests: { scenarios: [], setup: '' }, lenient: false };
  let doc: unknown;
  let lenient = false;
  try {
    doc = parseYaml(body);
  } catch (error) {
    try {
      doc = loadLenientYaml(body);
      lenient = true;
    } catch {
      throw new TemplateFormatError(`${file}: ___TESTS___ is not valid YAML: ${(error as Error).message}`);
    }
  }
  return { tests: testsFrom(doc), lenient };
}

function testsFrom(doc: unknown): TemplateTests {
  const d = (doc ?? {}) as { scenarios?: unknown; setup?: unknown };
  const scenarios = Array.isArray(d.scenarios) ? d.scenarios : [];
  return {
    scenarios: scenarios.map((s: { name?: unknown; code?: unknown }, i: number) => ({
      name: typeof s?.name === 'string' ? s.name : `scenario ${i + 1}`,
      code: typeof s?.code === 'string' ? s.code : '',
    })),
    setup: typeof d.setup === 'string' ? d.setup : '',
  };
}
