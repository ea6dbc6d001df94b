/**
 * The value types of GTM's sandbox: null, undefined, string, number, boolean, array, object, function.
 * https://developers.google.com/tag-platform/tag-manager/templates/sandboxed-javascript
 */
export type SandboxPrimitive = string | number | boolean | null | undefined;
export type SandboxValue = SandboxPrimitive | SandboxValue[] | SandboxObject | SandboxFunction;
export interface SandboxObject { [key: string]: SandboxValue }
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type SandboxFunction = (...args: any[]) => any;

/** What `getType()` answers. */
export type SandboxTypeName = 'undefined' | 'null' | 'boolean' | 'number' | 'string' | 'array' | 'object' | 'function';

/** The sandbox Promise (server): `Promise.create(...)`, `.then/.catch/.finally`. */
export interface SandboxPromise<T> {
  then<R>(onFulfilled: (value: T) => R | SandboxPromise<R>, onRejected?: (reason: unknown) => unknown): SandboxPromise<R>;
  catch<R>(onRejected: (reason: unknown) => R | SandboxPromise<R>): SandboxPromise<T | R>;
  finally(onFinally: () => void): SandboxPromise<T>;
}

export interface UrlParts {
  href: string; origin: string; protocol: string; username: string; password: string; host: string;
  hostname: string; port: string; pathname: string; search: string;
  searchParams: Record<string, string | string[]>; hash: string;
}

export interface ContainerVersion {
  containerId: string; debugMode: boolean; environmentName: string; environmentMode: boolean;
  previewMode: boolean; version: string;
}

export type HashEncoding = 'hex' | 'base64';
export type ConsentState = 'granted' | 'denied';
