/**
 * Mutation check of the permission checker: copies of gtm-sandbox/permissions/ with one change each
 * (a permission that allows everything or nothing, and hand-made mutants of the matching rules) must
 * each fail the permission cases. A mutant that survives means a refusal GTM makes is untested.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type * as Checker from '../../gtm-sandbox/permissions/checker';
import type * as Patterns from '../../gtm-sandbox/permissions/patterns';
import { KEY_CASES, PERMISSION_CASES, PRESENCE_PERMISSIONS, URL_CASES } from './permission-cases';

jest.setTimeout(60000);
const SOURCE = path.resolve(__dirname, '..', '..', 'gtm-sandbox', 'permissions');
const made: string[] = [];
afterAll(() => { for (const dir of made) fs.rmSync(dir, { recursive: true, force: true }); });

interface Mutant { readonly name: string; readonly file: string; readonly from: string; readonly to: string }
type Loaded = typeof Checker & typeof Patterns;

/** The permissions folder with one replacement, loaded as modules of its own. */
function load(mutant: Mutant | null): Loaded {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gtm-sandbox-mutant-'));
  made.push(dir);
  for (const file of fs.readdirSync(SOURCE)) fs.copyFileSync(path.join(SOURCE, file), path.join(dir, file));
  if (mutant) {
    const target = path.join(dir, mutant.file);
    const text = fs.readFileSync(target, 'utf8');
    if (!text.includes(mutant.from)) throw new Error(`the mutant "${mutant.name}" no longer applies: update it to the code`);
    fs.writeFileSync(target, text.replace(mutant.from, mutant.to));
  }
  let loaded: Loaded | undefined;
  jest.isolateModules(() => {
    loaded = { ...(jest.requireActual(path.join(dir, 'checker.ts')) as typeof Checker), ...(jest.requireActual(path.join(dir, 'patterns.ts')) as typeof Patterns) };
  });
  return loaded as Loaded;
}

/** The cases the module gets wrong. */
function failures(m: Loaded): string[] {
  const out: string[] = [];
  const checker = (declared: Record<string, unknown>) => new m.PermissionChecker(declared as never, { debugMode: () => false });
  for (const [permission, cases] of Object.entries(PERMISSION_CASES)) {
    for (const [label, settings, args, allowed] of cases) {
      if (checker({ [permission]: settings }).allows(permission, ...args) !== allowed) out.push(`${permission}: ${label}`);
      if (allowed && checker({}).allows(permission, ...args)) out.push(`${permission}: allowed undeclared`);
    }
  }
  for (const permission of PRESENCE_PERMISSIONS) {
    if (!checker({ [permission]: {} }).allows(permission) || checker({}).allows(permission)) out.push(permission);
  }
  if (checker({ some_future_permission: {} }).allows('some_future_permission')) out.push('an unknown permission');
  for (const [pattern, url, matches] of URL_CASES) if (m.urlMatches(pattern, url) !== matches) out.push(`${pattern} ~ ${url}`);
  for (const [pattern, key, matches] of KEY_CASES) if (m.keyMatches(pattern, key) !== matches) out.push(`${pattern} ~ ${key}`);
  return out;
}

const ALLOWS = 'allows(permission: string, ...args: unknown[]): boolean {';
const everyPermission = [...Object.keys(PERMISSION_CASES), ...PRESENCE_PERMISSIONS];
const MUTANTS: Mutant[] = [
  ...everyPermission.map((p) => ({ name: `${p} allows everything`, file: 'checker.ts', from: ALLOWS, to: `${ALLOWS} if (permission === '${p}') return true;` })),
  ...everyPermission.map((p) => ({ name: `${p} refuses everything`, file: 'checker.ts', from: ALLOWS, to: `${ALLOWS} if (permission === '${p}') return false;` })),
  { name: 'an inject_script check that allows every URL', file: 'checker.ts', from: "inject_script: (s, [url]) => list(s.urls).some((p) => urlMatches(String(p), str(url))),", to: 'inject_script: () => true,' },
  { name: '*.example.com also matches evilexample.com', file: 'patterns.ts', from: 'host.endsWith(patternHost.slice(1))', to: 'host.endsWith(patternHost.slice(2))' },
  { name: '*.example.com also matches example.com', file: 'patterns.ts', from: 'return host.endsWith(patternHost.slice(1));', to: 'return host === patternHost.slice(2) || host.endsWith(patternHost.slice(1));' },
  { name: 'ports are ignored', file: 'patterns.ts', from: 'patternPort !== u.port || ', to: '' },
  { name: 'the scheme is ignored', file: 'patterns.ts', from: "u.protocol !== `${p[1].toLowerCase()}:`", to: 'false' },
  { name: 'a path prefix allows any path', file: 'patterns.ts', from: 'return u.pathname.startsWith(patternPath);', to: 'return true;' },
  { name: 'the URL is matched as written, not as a browser reads it', file: 'patterns.ts', from: 'const u = parseUrl(url);', to: "const u = (() => { const r = /^(https?:)\\/\\/([^/?#:]+)(?::(\\d+))?([^?#]*)/.exec(url); return r ? { protocol: r[1], hostname: r[2].toLowerCase(), port: r[3] ?? '', pathname: r[4] || '/' } : null; })();" },
  { name: 'a key pattern also matches look-alike keys', file: 'patterns.ts', from: "key.startsWith(base + '.')", to: 'key.startsWith(base)' },
  { name: 'Google look-alike domains pass', file: 'patterns.ts', from: 'u.hostname.endsWith(`.${d}`)', to: 'u.hostname.includes(d)' },
  { name: 'read_request allows any header', file: 'checker.ts', from: "case 'header': return s.headersAllowed === true && (name === undefined ||", to: "case 'header': return s.headersAllowed === true && (true ||" },
  { name: 'set_cookies ignores secure', file: 'checker.ts', from: "&& (c.secure !== 'secure' || o.secure === true)", to: '' },
  { name: 'an unknown permission allows everything', file: 'checker.ts', from: 'rule(settings, args, this.options) : false', to: 'rule(settings, args, this.options) : true' },
];

test('the checker as it is passes every case', () => {
  expect(failures(load(null))).toEqual([]);
});

test.each(MUTANTS.map((m) => [m.name, m]))('killed: %s', (_name, mutant) => {
  expect(failures(load(mutant)).length).toBeGreaterThan(0);
});
