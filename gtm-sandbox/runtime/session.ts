/**
 * One template loaded into a fresh realm against one World: `require()` with permission checks and
 * mocks, `runCode(data)` as GTM runs the Code tab, and a record of every API call.
 * https://developers.google.com/tag-platform/tag-manager/templates/sandboxed-javascript
 */
import { apiInfo } from '../api-catalog';
import { IMPLEMENTATIONS } from '../apis/registry';
import { SandboxError, type ApiContext, type RunState } from '../apis/api';
import { formatDiagnostic } from '../diagnostics';
import { validateSandboxed } from '../language/validate';
import { decodePermissions, type PermissionMap } from '../permissions/codec';
import { PermissionChecker } from '../permissions/checker';
import type { ParsedTemplate } from '../tpl/read';
import type { World } from '../world/world';
import { createMarshal, Raw, type HostFunction, type Marshal } from './marshal';
import { createProgram, type Program } from './program';
import { createRealm, type Realm } from './realm';
import { createPromiseKit } from './sandbox-promise';
import { Scheduler } from './scheduler';

export interface ApiCallRecord { readonly api: string; readonly args: unknown[] }
export type Completion = 'success' | 'failure' | null;

export interface Session {
  readonly realm: Realm;
  readonly marshal: Marshal;
  readonly scheduler: Scheduler;
  readonly world: World;
  readonly run: RunState;
  /** Calls in order, with the sandbox's own argument values (functions keep their identity). */
  readonly calls: ApiCallRecord[];
  readonly mocks: Map<string, { value: unknown; object: boolean }>;
  completion: Completion;
  /** The template's require(): mocks win, calls are recorded for assertApi. */
  require(name: unknown): unknown;
  /** A test's own require(): always the real API (a test may wrap it in its own mock), not recorded. */
  requireReal(name: unknown): unknown;
  /** Runs the template code with `data` (sandbox value); answers the code's return value. */
  runCode(data: unknown): unknown;
}

export interface SessionOptions {
  /** The template's storage when several templates share one World (a page); default the World's. */
  readonly templateStorage?: Map<string, unknown>;
  /** Where the code runs: a trimmed Node vm realm by default; the page itself in a browser runtime. */
  readonly createRealm?: () => Realm;
}

/** A template validated and turned into a program once, then run by any number of sessions. */
export interface PreparedTemplate { readonly template: ParsedTemplate; readonly program: Program; readonly permissions: PermissionMap }

const prepared = new WeakMap<ParsedTemplate, PreparedTemplate | { readonly rejected: string }>();

/**
 * Validates the template's code against the subset (as GTM's compiler does on save) and prepares its
 * program, once per template object: every scenario and tag fire of a run reuses the result.
 */
export function prepareTemplate(template: ParsedTemplate): PreparedTemplate {
  let entry = prepared.get(template);
  if (!entry) {
    // Diagnostics name the .tpl and its own line, not the code section's (docs/emulator-fidelity.md).
    const language = validateSandboxed(template.code, { file: template.file ?? 'template.tpl', firstLine: template.codeLine, context: template.context });
    entry = language.diagnostics.length > 0
      ? { rejected: language.diagnostics.map(formatDiagnostic).join('\n') }
      : { template, program: createProgram(template.code, ['data', 'require'], 'template.js'), permissions: decodePermissions(template.permissions) };
    prepared.set(template, entry);
  }
  if ('rejected' in entry) throw new SandboxError(entry.rejected);
  return entry;
}

export function createSession(parsed: ParsedTemplate, world: World, options: SessionOptions = {}): Session {
  const { template, program, permissions: declared } = prepareTemplate(parsed);
  const run: RunState = { callbackErrors: [], eventCallbacks: [] };
  const realm = (options.createRealm ?? createRealm)();
  const marshal = createMarshal(realm, (error) => { run.callbackErrors.push(error); });
  const scheduler = new Scheduler();
  const permissions = new PermissionChecker(declared, {
    debugMode: () => world.debugMode,
    onViolation: (error) => { if (!run.callbackErrors.includes(error)) run.callbackErrors.push(error); },
  });
  const promises = createPromiseKit(marshal, scheduler);
  const ctx: ApiContext = {
    world, permissions, scheduler, marshal, templateType: template.type, context: template.context, run, promises,
    templateStorage: options.templateStorage ?? world.templateStorage,
  };
  const compiled = realm.compile(program);
  const implementations = IMPLEMENTATIONS[template.context];

  /** The API as the template (mocks, recorded calls) or a test's own code (the real one) sees it. */
  function load(api: string, forTemplate: boolean): unknown {
    const mock = forTemplate ? session.mocks.get(api) : undefined;
    if (mock?.object) return mock.value;
    const implementation = implementations[api];
    if (!apiInfo(template.context, api) && !mock) return undefined;
    if (!implementation && !mock) {
      throw new SandboxError(`require('${api}'): gtm-sandbox does not implement this ${template.context} API yet`);
    }
    const real = implementation ? implementation(ctx) : undefined;
    if (typeof real === 'object' && real !== null && !mock) return marshal.toSandbox(wrapObject(real as Record<string, HostFunction>));
    if (!forTemplate) return (...args: unknown[]) => toSandbox(marshal, (real as HostFunction)(...args));
    // The mock in force when the template required the API stays in force for that function, as for
    // mockObject: a call deferred from one runCode never reaches a mock set for the next (docs/emulator-fidelity.md).
    return (...args: unknown[]) => {
      session.calls.push({ api, args });
      if (mock) return typeof mock.value === 'function' ? (mock.value as HostFunction)(...args) : mock.value;
      return toSandbox(marshal, (real as HostFunction)(...args));
    };
  }

  const session: Session = {
    realm, marshal, scheduler, world, run, calls: [], mocks: new Map(), completion: null,
    require: (name) => load(String(name), true),
    requireReal: (name) => load(String(name), false),
    runCode(data) {
      const input = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
      const withCallbacks = marshal.toSandbox({}) as Record<string, unknown>;
      for (const key of Object.keys(input)) withCallbacks[key] = input[key];
      withCallbacks.gtmOnSuccess = () => { session.calls.push({ api: 'gtmOnSuccess', args: [] }); session.completion ??= 'success'; };
      withCallbacks.gtmOnFailure = () => { session.calls.push({ api: 'gtmOnFailure', args: [] }); session.completion ??= 'failure'; };
      return compiled(withCallbacks, (name: unknown) => session.require(name));
    },
  };

  /** Object APIs (JSON, localStorage, ...): members take raw sandbox arguments, results copied in. */
  function wrapObject(real: Record<string, HostFunction>): Raw {
    const out = marshal.toSandbox({}) as Record<string, unknown>;
    for (const key of Object.keys(real)) out[key] = (...args: unknown[]) => toSandbox(marshal, real[key](...args));
    return new Raw(out);
  }
  return session;
}

function toSandbox(marshal: Marshal, value: unknown): unknown {
  return value instanceof Raw ? value.value : marshal.toSandbox(value);
}
