/**
 * Compares the permissions a template declares with the APIs its code requires. GTM derives the
 * needed permissions from require('literal') calls when it compiles a template
 * (https://developers.google.com/tag-platform/tag-manager/templates/permissions); a missing one fails
 * at run time, so it is an error here. An unused or wider-than-needed permission is a warning: it asks
 * the user for trust the template does not need.
 */
import { apiInfo, type ContainerContext } from '../gtm-sandbox/api-catalog';
import { diagnostic, type Diagnostic, type Location } from '../gtm-sandbox/diagnostics';
import type { ApiCall, ApiUse } from '../gtm-sandbox/language/validate';
import type { PermissionMap, PlainValue } from '../gtm-sandbox/permissions/codec';

export const PERMISSION_RULES = {
  missing: 'gtm/missing-permission',
  unused: 'gtm/unused-permission',
  broad: 'gtm/broad-permission',
} as const;

export interface PermissionCheckInput {
  readonly context: ContainerContext;
  readonly apis: readonly ApiUse[];
  readonly calls: readonly ApiCall[];
  readonly declared: PermissionMap;
  /** Where a use of an API sits, for diagnostics (the TypeScript source when mapped). */
  readonly locateUse: (use: ApiUse) => Location | null;
  /** Where a permission is declared (the definition file). */
  readonly locatePermission: (publicId: string) => Location | null;
}

/**
 * 'any'-style settings and what they open up. An API whose permission check names no key needs one of
 * them: getAllEventData reads every key (queryPermission('read_event_data') without a key,
 * https://developers.google.com/tag-platform/tag-manager/server-side/permissions#read_event_data).
 */
const NEEDS_ANY: Readonly<Record<string, string>> = { getAllEventData: 'read_event_data.eventDataAccess' };
const WIDE_SETTINGS: readonly [string, string, string][] = [
  ['get_cookies', 'cookieAccess', 'reads every cookie'],
  ['get_url', 'queriesAllowed', 'reads every query parameter'],
  ['get_referrer', 'queriesAllowed', 'reads every referrer query parameter'],
  ['send_pixel', 'allowedUrls', 'sends pixels to any URL'],
  ['send_http', 'allowedUrls', 'sends HTTP requests to any URL'],
  ['read_event_data', 'eventDataAccess', 'reads all event data'],
  ['read_data_layer', 'allowedKeys', 'reads every dataLayer key'],
  ['read_request', 'headerAccess', 'reads every request header'],
  ['read_request', 'queryParameterAccess', 'reads every query parameter'],
  ['access_response', 'writeResponseAccess', 'writes any response header'],
  ['use_message', 'allowedActions', 'sends and listens to every message type'],
];

export function checkPermissions(input: PermissionCheckInput): Diagnostic[] {
  const out: Diagnostic[] = [];
  const needed = new Map<string, ApiUse>();
  for (const use of input.apis) {
    const permission = apiInfo(input.context, use.name)?.permission;
    if (!permission) continue;
    if (!needed.has(permission)) needed.set(permission, use);
    if (!(permission in input.declared)) {
      out.push(diagnostic(PERMISSION_RULES.missing, 'error', `${use.name} needs the ${permission} permission, which the template does not declare`, input.locateUse(use)));
    }
  }
  for (const publicId of Object.keys(input.declared)) {
    if (!needed.has(publicId)) {
      out.push(diagnostic(PERMISSION_RULES.unused, 'warning', `permission ${publicId} is declared but no API that needs it is used`, input.locatePermission(publicId)));
      continue;
    }
    const settings = input.declared[publicId];
    const required = new Set(input.apis.map((a) => NEEDS_ANY[a.name]).filter((s) => s !== undefined));
    for (const [id, key, what] of WIDE_SETTINGS) {
      if (id === publicId && settings[key] === 'any' && !required.has(`${id}.${key}`)) {
        out.push(diagnostic(PERMISSION_RULES.broad, 'warning', `${publicId}.${key} is "any": the template ${what}; list the exact values`, input.locatePermission(publicId)));
      }
    }
    if (publicId === 'access_globals') out.push(...checkGlobals(settings.keys, input));
  }
  return out;
}

/** What each window API does to its key arguments (https://developers.google.com/tag-platform/tag-manager/templates/permissions#access_globals). */
const GLOBAL_ACCESS: Readonly<Record<string, readonly (readonly ('read' | 'write' | 'execute')[])[]>> = {
  copyFromWindow: [['read']],
  setInWindow: [['write']],
  callInWindow: [['execute']],
  createQueue: [['read', 'write']],
  createArgumentsQueue: [['read', 'write'], ['read', 'write']],
  aliasInWindow: [['write'], ['read']],
};

function checkGlobals(keys: PlainValue | undefined, input: PermissionCheckInput): Diagnostic[] {
  const calls = input.calls.filter((c) => c.api in GLOBAL_ACCESS);
  if (!Array.isArray(keys) || calls.some((c) => c.args.slice(0, GLOBAL_ACCESS[c.api].length).some((a) => a === undefined))) return [];
  const used = new Map<string, Set<string>>();
  for (const call of calls) {
    GLOBAL_ACCESS[call.api].forEach((modes, i) => {
      const key = call.args[i] as string;
      const set = used.get(key) ?? new Set<string>();
      for (const m of modes) set.add(m);
      used.set(key, set);
    });
  }
  const out: Diagnostic[] = [];
  for (const entry of keys) {
    const e = entry as Record<string, PlainValue>;
    const key = String(e.key);
    const modes = used.get(key);
    const granted = (['read', 'write', 'execute'] as const).filter((m) => e[m] === true);
    const extra = granted.filter((m) => !modes?.has(m));
    if (extra.length > 0) {
      out.push(diagnostic(PERMISSION_RULES.broad, 'warning', `access_globals grants ${extra.join('/')} on "${key}" but no code uses it`, input.locatePermission('access_globals')));
    }
  }
  return out;
}
