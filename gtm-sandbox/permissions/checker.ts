/**
 * Answers "does the template's declared permission allow this?" for every permission GTM documents,
 * with the query signatures of queryPermission()
 * (https://developers.google.com/tag-platform/tag-manager/templates/api#querypermission).
 * Web: https://developers.google.com/tag-platform/tag-manager/templates/permissions
 * Server: https://developers.google.com/tag-platform/tag-manager/server-side/permissions
 */
import type { PermissionMap, PermissionSettings, PlainValue } from './codec';
import { globMatches, isGoogleDomain, keyMatches, urlMatches } from './patterns';

export class PermissionError extends Error {
  constructor(readonly api: string, readonly permission: string, detail: string) {
    super(`${api}: the template's ${permission} permission does not allow ${detail}`);
    this.name = 'PermissionError';
  }
}

export interface CheckerOptions {
  readonly debugMode: () => boolean;
  /** Hears every violation, also one thrown inside a promise callback where a rejection would hide it. */
  readonly onViolation?: (error: PermissionError) => void;
}

type Rule = (s: PermissionSettings, args: unknown[], o: CheckerOptions) => boolean;

const list = (v: PlainValue | undefined): PlainValue[] => (Array.isArray(v) ? v : []);
const maps = (v: PlainValue | undefined): Record<string, PlainValue>[] => list(v).filter((x): x is Record<string, PlainValue> => typeof x === 'object' && !Array.isArray(x));
const str = (v: unknown): string => (v === undefined || v === null ? '' : String(v));
const anyOr = (mode: PlainValue | undefined, specific: () => boolean): boolean => mode === 'any' || specific();
const urls = (s: PermissionSettings, url: unknown): boolean => anyOr(s.allowedUrls, () => list(s.urls).some((p) => urlMatches(String(p), str(url))));

const keyed = (listKey: string, nameKey: string) => (s: PermissionSettings, [mode, key]: unknown[]): boolean => {
  const entry = maps(s[listKey]).find((e) => e[nameKey] === key);
  if (!entry) return false;
  const modes = mode === 'readwrite' ? ['read', 'write'] : [str(mode)];
  return modes.every((m) => entry[m] === true);
};

/** get_url / get_referrer: the whole URL needs urlParts 'any'; a component its own flag; a query key its name. */
const urlComponent = (s: PermissionSettings, [component, queryKey]: unknown[]): boolean => {
  if (component === undefined || component === null) return s.urlParts === 'any';
  if (!anyOr(s.urlParts, () => s[str(component)] === true)) return false;
  if (component === 'query' && queryKey !== undefined) return anyOr(s.queriesAllowed, () => list(s.queryKeys).map(String).includes(str(queryKey)));
  return true;
};

const RULES: Readonly<Record<string, Rule>> = {
  access_globals: keyed('keys', 'key'),
  access_local_storage: keyed('keys', 'key'),
  access_consent: keyed('consentTypes', 'consentType'),
  get_cookies: (s, [name]) => anyOr(s.cookieAccess, () => list(s.cookieNames).map(String).includes(str(name))),
  set_cookies: (s, [name, options]) => maps(s.allowedCookies).some((c) => {
    const o = (options ?? {}) as Record<string, unknown>;
    const session = o['max-age'] === undefined && o.expires === undefined;
    return (c.name === '*' || c.name === name)
      && (c.domain === '*' || c.domain === undefined || str(o.domain) === str(c.domain))
      && (c.path === '*' || c.path === undefined || str(o.path) === str(c.path))
      && (c.secure !== 'secure' || o.secure === true)
      && (c.session === undefined || c.session === 'any' || (c.session === 'session') === session);
  }),
  get_url: urlComponent,
  get_referrer: urlComponent,
  inject_script: (s, [url]) => list(s.urls).some((p) => urlMatches(String(p), str(url))),
  inject_hidden_iframe: (s, [url]) => list(s.urls).some((p) => urlMatches(String(p), str(url))),
  send_pixel: (s, [url]) => urls(s, url),
  send_pixel_from_browser: (s, [url]) => urls(s, url),
  send_http: (s, [url]) => urls(s, url) || (s.allowGoogleDomains === true && isGoogleDomain(str(url))),
  logging: (s, _args, o) => s.environments === 'all' || o.debugMode(),
  read_data_layer: (s, [key]) => anyOr(s.allowedKeys, () => list(s.keyPatterns).some((p) => keyMatches(String(p), str(key)))),
  write_data_layer: (s, [key]) => list(s.keyPatterns).some((p) => keyMatches(String(p), str(key))),
  read_event_data: (s, [key]) => key === undefined ? s.eventDataAccess === 'any' : anyOr(s.eventDataAccess, () => list(s.keyPatterns).some((p) => keyMatches(String(p), str(key)))),
  read_request: (s, [part, name]) => anyOr(s.requestAccess, () => {
    switch (part) {
      case 'body': return s.bodyAllowed === true;
      case 'path': return s.pathAllowed === true;
      case 'remoteAddress': return s.remoteAddressAllowed === true;
      case 'header': return s.headersAllowed === true && (name === undefined || anyOr(s.headerAccess, () => maps(s.headerWhitelist).some((h) => str(h.headerName).toLowerCase() === str(name).toLowerCase())));
      case 'queryParameter': return s.queryParametersAllowed === true && (name === undefined || anyOr(s.queryParameterAccess, () => maps(s.queryParameterWhitelist).some((q) => q.queryParameter === name)));
      default: return part === undefined ? false : true;
    }
  }),
  // GTM's exports list the writable headers under writeHeaderWhitelist (CTassisF/GTM-HSTS-Header and
  // every access_response export found; docs/emulator-fidelity.md): read_request's headerWhitelist
  // name is not read here, as GTM does not.
  access_response: (s, [part, name]) => anyOr(s.writeResponseAccess, () => {
    switch (part) {
      case 'status': return s.writeStatusAllowed === true;
      case 'body': return s.writeBodyAllowed === true;
      case 'header': return s.writeHeadersAllowed === true && (name === undefined || anyOr(s.writeHeaderAccess, () => maps(s.writeHeaderWhitelist).some((h) => str(h.headerName).toLowerCase() === str(name).toLowerCase())));
      default: return true;
    }
  }),
  use_message: (s, [action, type]) => anyOr(s.allowedActions, () => maps(s.messageTypes).some((m) => (m.type ?? m.messageType) === type && (m.action === 'listen_and_send' || m.action === action))),
  access_bigquery: (s, [operation, table]) => maps(s.allowedTables).some((t) => {
    const want = (table ?? {}) as Record<string, unknown>;
    const eq = (k: string): boolean => t[k] === '*' || t[k] === undefined || (k === 'projectId' && want[k] === undefined) || t[k] === want[k];
    return (t.operation === undefined || t.operation === operation || t.operation === 'read_write') && eq('projectId') && eq('datasetId') && eq('tableId');
  }),
  // "Option to allow specified project and path (wildcard syntax supported) combinations"
  // (https://developers.google.com/tag-platform/tag-manager/server-side/permissions#access_firestore).
  // A `*` matches any run of characters, slashes included: published templates declare `*` for every
  // path and `users/*` for a collection's documents (stape-io/firestore-writer-tag), and `users/**` reads
  // the same. A `path/**` also allows the collection `path` itself (queries). The project is `*`, the
  // request's projectId, or GOOGLE_CLOUD_PROJECT for a request that names none; the database is `(default)`
  // unless both name another.
  access_firestore: (s, [operation, options]) => maps(s.allowedOptions).some((f) => {
    const o = (options ?? {}) as Record<string, unknown>;
    const op = str(f.operation);
    const opOk = op === 'read_write' || op === operation;
    const pattern = str(f.path);
    const path = str(o.path);
    const pathOk = globMatches(pattern, path) || (pattern.endsWith('/**') && path === pattern.slice(0, -3));
    const project = str(f.projectId);
    const projectOk = project === '*' || project === '' || (o.projectId === undefined ? project === 'GOOGLE_CLOUD_PROJECT' : project === str(o.projectId));
    const databaseOk = (str(f.databaseId) || '(default)') === (o.databaseId === undefined ? '(default)' : str(o.databaseId));
    return opOk && pathOk && projectOk && databaseOk;
  }),
  use_google_credentials: (s, [scopes]) => list(scopes as PlainValue).every((scope) => list(s.allowedScopes).includes(scope)),
  use_custom_private_keys: (s, [keyId]) => list(s.keyIds ?? s.keys).map(String).includes(str(keyId)),
};

/** Permissions that carry no settings: declaring them is enough. */
const PRESENCE = new Set(['access_template_storage', 'read_title', 'read_character_set', 'read_container_data', 'read_event_metadata', 'read_analytics_storage', 'return_response', 'run_container']);

export class PermissionChecker {
  constructor(private readonly declared: PermissionMap, private readonly options: CheckerOptions) {}

  /** queryPermission(permission, ...args). */
  allows(permission: string, ...args: unknown[]): boolean {
    const settings = this.declared[permission];
    if (!settings) return false;
    if (PRESENCE.has(permission)) return true;
    // A permission gtm-sandbox has no rule for allows nothing: refusing is the safe way to be wrong.
    const rule = RULES[permission];
    return rule ? rule(settings, args, this.options) : false;
  }

  /** Throws, failing the run, when the permission does not allow the use. */
  assert(api: string, permission: string, detail: string, ...args: unknown[]): void {
    if (this.allows(permission, ...args)) return;
    const error = new PermissionError(api, permission, detail);
    this.options.onViolation?.(error);
    throw error;
  }
}
