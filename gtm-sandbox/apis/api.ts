/** What every API implementation receives, and how one is declared. */
import type { ContainerContext } from '../api-catalog';
import type { PermissionChecker } from '../permissions/checker';
import type { Marshal } from '../runtime/marshal';
import type { PromiseKit } from '../runtime/sandbox-promise';
import type { Scheduler } from '../runtime/scheduler';
import type { TemplateType } from '../tpl/sections';
import type { World } from '../world/world';

/** Per-run state APIs share. */
export interface RunState {
  /** Errors thrown by sandbox callbacks run later; they fail the run like GTM's uncaught errors. */
  readonly callbackErrors: unknown[];
  /** addEventCallback listeners. */
  readonly eventCallbacks: unknown[];
}

export interface ApiContext {
  readonly world: World;
  readonly permissions: PermissionChecker;
  readonly scheduler: Scheduler;
  readonly marshal: Marshal;
  readonly templateType: TemplateType;
  readonly context: ContainerContext;
  readonly run: RunState;
  readonly promises: PromiseKit;
  /** templateStorage / templateDataStorage: one per template on a page or server (a session option). */
  readonly templateStorage: Map<string, unknown>;
}

/**
 * An API implementation: given the run's context, the value `require(name)` answers in the host
 * realm (a function taking the sandbox's raw arguments, or an object of such functions). Return
 * values are copied into the sandbox unless wrapped in Raw.
 */
export type ApiImplementation = (ctx: ApiContext) => unknown;

/** Thrown for a misuse GTM reports as an error (the run fails with this message). */
export class SandboxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SandboxError';
  }
}

export const str = (value: unknown): string => (value === undefined || value === null ? '' : String(value));
