/**
 * The server sandbox's Promise: `Promise.create`, `Promise.all`, and the promises APIs answer
 * (sendHttpRequest, BigQuery, Firestore, ...), with `then`, `catch` and `finally`.
 * https://developers.google.com/tag-platform/tag-manager/server-side/api#promise
 *
 * A sandbox promise is a realm object backed by a host Promise that settles with sandbox values.
 * Returning a sandbox promise from a callback adopts it, as a thenable would in JavaScript.
 */
import type { HostFunction, Marshal } from './marshal';
import type { Scheduler } from './scheduler';

export interface PromiseKit {
  /** A sandbox promise settled later with a host value (fulfilled) or a host reason (rejected). */
  settleLater(outcome: () => { value: unknown } | { reason: unknown }): unknown;
  /** A sandbox promise settled by a host promise of an outcome (which never rejects). */
  settleWith(outcome: Promise<{ value: unknown } | { reason: unknown }>): unknown;
  create(executor: unknown): unknown;
  all(promises: unknown): unknown;
}

export function createPromiseKit(marshal: Marshal, scheduler: Scheduler): PromiseKit {
  const backing = new WeakMap<object, Promise<unknown>>();
  const adopt = (value: unknown): unknown => (typeof value === 'object' && value !== null && backing.get(value)) || value;
  const call = (fn: unknown, value?: unknown): unknown => adopt((fn as HostFunction)(value));

  function wrap(host: Promise<unknown>): unknown {
    host.catch(() => undefined); // A rejection nobody handles is GTM's to log, never the host's crash.
    const sandboxPromise = marshal.toSandbox({}) as Record<string, unknown>;
    sandboxPromise.then = (onFulfilled: unknown, onRejected: unknown) => wrap(host.then(
      typeof onFulfilled === 'function' ? (v) => call(onFulfilled, v) : undefined,
      typeof onRejected === 'function' ? (e) => call(onRejected, e) : undefined,
    ));
    sandboxPromise.catch = (onRejected: unknown) => wrap(host.then(undefined, typeof onRejected === 'function' ? (e) => call(onRejected, e) : undefined));
    sandboxPromise.finally = (onFinally: unknown) => wrap(host.then(
      (v) => { if (typeof onFinally === 'function') call(onFinally); return v; },
      (e) => { if (typeof onFinally === 'function') call(onFinally); throw e; },
    ));
    backing.set(sandboxPromise, host);
    return sandboxPromise;
  }

  function settleWith(outcome: Promise<{ value: unknown } | { reason: unknown }>): unknown {
    const host = outcome.then((o) => {
      if ('value' in o) return marshal.toSandbox(o.value);
      throw marshal.toSandbox(o.reason);
    });
    scheduler.track(host);
    return wrap(host);
  }

  return {
    settleWith,
    settleLater: (outcome) => settleWith(new Promise((resolve) => { scheduler.later(() => resolve(outcome())); })),
    create(executor) {
      return wrap(new Promise((resolve, reject) => {
        if (typeof executor !== 'function') { reject(marshal.toSandbox('Promise.create needs a function')); return; }
        (executor as HostFunction)((v: unknown) => resolve(adopt(v)), (e: unknown) => reject(e));
      }));
    },
    all(promises) {
      const list = Array.isArray(promises) || (typeof promises === 'object' && promises !== null && 'length' in promises)
        ? Array.prototype.slice.call(promises as ArrayLike<unknown>) : [];
      return wrap(Promise.all(list.map(adopt)).then((values) => {
        const out = marshal.toSandbox([]) as unknown[];
        for (const v of values) out.push(v);
        return out;
      }));
    },
  };
}
