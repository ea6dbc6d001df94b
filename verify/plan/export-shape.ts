/**
 * A container export read for the plan, checked part by part before use: a damaged or hostile export
 * gets an error naming the file and the path inside it, never a TypeError from deep in the plan.
 * Shapes as GTM exports them: https://developers.google.com/tag-platform/tag-manager/api/reference/rest/v2/accounts.containers.versions
 */
import type { ContainerExport } from '../../gtm-sandbox/container/export-format';
import { own } from '../input/json-walk';

/** GTM nests parameters a few levels (a list of maps of values); deeper is not an export. */
const MAX_PARAMETER_DEPTH = 8;

type Check = (value: unknown, path: string) => void;
const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** `parsed`: the file's JSON, read by plan-input.ts (whose syntax errors never quote the file). */
export function readExport(parsed: unknown, file: string): ContainerExport {
  const fail = (path: string, what: string): never => { throw new Error(`${file}: not a GTM container export: ${path} ${what}`); };
  if (!isObject(parsed)) return fail('the file', 'is not a JSON object');
  if (own(parsed, 'exportFormatVersion') !== 2) fail('exportFormatVersion', 'is not 2');
  if (!isObject(own(parsed, 'containerVersion'))) fail('containerVersion', 'is not an object');
  const container = parsed as unknown as ContainerExport;
  const textAt = (o: Record<string, unknown>, key: string, path: string, required: boolean): void => {
    const v = own(o, key);
    if (v === undefined ? required : typeof v !== 'string') fail(`${path}.${key}`, 'is not text');
  };
  const list = (value: unknown, path: string, item: Check): void => {
    if (value === undefined) return;
    if (!Array.isArray(value)) fail(path, 'is not a list');
    (value as unknown[]).forEach((v, i) => item(v, `${path}[${i}]`));
  };
  const parameters = (depth: number): Check => (p, path) => {
    if (depth > MAX_PARAMETER_DEPTH) fail(path, `nests deeper than ${MAX_PARAMETER_DEPTH} levels`);
    if (!isObject(p)) return fail(path, 'is not an object');
    textAt(p, 'type', path, true);
    textAt(p, 'key', path, false);
    textAt(p, 'value', path, false);
    list(own(p, 'list'), `${path}.list`, parameters(depth + 1));
    list(own(p, 'map'), `${path}.map`, parameters(depth + 1));
  };
  const entity = (texts: string[], lists: string[]): Check => (e, path) => {
    if (!isObject(e)) return fail(path, 'is not an object');
    for (const key of texts) textAt(e, key, path, key === 'name' || key === 'type');
    for (const key of lists) list(own(e, key), `${path}.${key}`, key === 'parameter' ? parameters(1) : key.endsWith('Filter') || key === 'filter' ? entity(['type'], ['parameter']) : (v, p) => { if (typeof v !== 'string') fail(p, 'is not text'); });
  };
  const version = container.containerVersion as unknown;
  if (!isObject(version)) return fail('containerVersion', 'is not an object');
  list(own(version, 'tag'), 'containerVersion.tag', entity(['name', 'type'], ['parameter', 'firingTriggerId', 'blockingTriggerId']));
  list(own(version, 'trigger'), 'containerVersion.trigger', entity(['name', 'type', 'triggerId'], ['filter', 'customEventFilter']));
  list(own(version, 'variable'), 'containerVersion.variable', entity(['name', 'type'], ['parameter']));
  list(own(version, 'client'), 'containerVersion.client', entity(['name', 'type'], ['parameter']));
  list(own(version, 'customTemplate'), 'containerVersion.customTemplate', (t, path) => { if (!isObject(t)) fail(path, 'is not an object'); else for (const k of ['templateId', 'name', 'templateData']) textAt(t, k, path, true); });
  const consent = (own(version, 'tag') as unknown[] | undefined)?.map((t) => own(t as Record<string, unknown>, 'consentSettings'));
  consent?.forEach((c, i) => { if (c !== undefined && !isObject(c)) fail(`containerVersion.tag[${i}].consentSettings`, 'is not an object'); });
  return container;
}
