/**
 * APIs that exist in both web and server templates, with the same signature.
 * Web: https://developers.google.com/tag-platform/tag-manager/templates/api
 * Server: https://developers.google.com/tag-platform/tag-manager/server-side/api
 */
import type { ContainerVersion, SandboxFunction, SandboxTypeName, SandboxValue, UrlParts } from './values';

export interface SandboxJson {
  /** Coerces its input to a string; answers undefined (never throws) on malformed JSON. */
  parse(text: unknown): SandboxValue;
  /** Answers undefined for cyclic values. */
  stringify(value: unknown): string | undefined;
}

export interface SandboxMath {
  abs(x: number): number; ceil(x: number): number; floor(x: number): number;
  max(...xs: number[]): number; min(...xs: number[]): number; pow(x: number, y: number): number;
  round(x: number): number; sqrt(x: number): number;
}

export interface SandboxObjectApi {
  keys(obj: object): string[];
  values(obj: object): SandboxValue[];
  entries(obj: object): [string, SandboxValue][];
  freeze<T>(obj: T): T;
  /** The delete operator: removes a top-level key of an object (not arrays, not dotted paths). */
  delete(obj: object, key: string): boolean;
}

export interface CommonApis {
  /** Runs fn asynchronously, after the current code. @see https://developers.google.com/tag-platform/tag-manager/templates/api#calllater */
  callLater(fn: () => void): void;
  /** @see https://developers.google.com/tag-platform/tag-manager/templates/api#decodeuri */
  decodeUri(uri: string): string | undefined;
  /** @see https://developers.google.com/tag-platform/tag-manager/templates/api#decodeuricomponent */
  decodeUriComponent(component: string): string | undefined;
  /** @see https://developers.google.com/tag-platform/tag-manager/templates/api#encodeuri */
  encodeUri(uri: string): string | undefined;
  /** @see https://developers.google.com/tag-platform/tag-manager/templates/api#encodeuricomponent */
  encodeUriComponent(component: string): string | undefined;
  /** Base64 decode; undefined on invalid input. @see https://developers.google.com/tag-platform/tag-manager/templates/api#frombase64 */
  fromBase64(base64: string): string | undefined;
  /** @see https://developers.google.com/tag-platform/tag-manager/templates/api#tobase64 */
  toBase64(input: string, options?: { urlEncoding?: boolean }): string;
  /** A random integer in [min, max], both inclusive. @see https://developers.google.com/tag-platform/tag-manager/templates/api#generaterandom */
  generateRandom(min: number, max: number): number;
  /** Needs read_container_data. @see https://developers.google.com/tag-platform/tag-manager/templates/api#getcontainerversion */
  getContainerVersion(): ContainerVersion;
  /** Deprecated: use getTimestampMillis. @see https://developers.google.com/tag-platform/tag-manager/templates/api#gettimestamp */
  getTimestamp(): number;
  /** Milliseconds since the epoch. @see https://developers.google.com/tag-platform/tag-manager/templates/api#gettimestampmillis */
  getTimestampMillis(): number;
  /** Like typeof, but tells arrays and null apart. @see https://developers.google.com/tag-platform/tag-manager/templates/api#gettype */
  getType(value: unknown): SandboxTypeName;
  /** @see https://developers.google.com/tag-platform/tag-manager/templates/api#json */
  JSON: SandboxJson;
  /** Needs the logging permission; without it the call is silently dropped. @see https://developers.google.com/tag-platform/tag-manager/templates/api#logtoconsole */
  logToConsole(...values: unknown[]): void;
  /** @see https://developers.google.com/tag-platform/tag-manager/templates/api#makeinteger */
  makeInteger(value: unknown): number;
  /** @see https://developers.google.com/tag-platform/tag-manager/templates/api#makenumber */
  makeNumber(value: unknown): number;
  /** @see https://developers.google.com/tag-platform/tag-manager/templates/api#makestring */
  makeString(value: unknown): string;
  /** Turns a two-column table into a map; null when it has no rows. @see https://developers.google.com/tag-platform/tag-manager/templates/api#maketablemap */
  makeTableMap(table: Record<string, unknown>[], keyColumn: string, valueColumn: string): Record<string, SandboxValue> | null;
  /** Only abs ceil floor max min pow round sqrt. @see https://developers.google.com/tag-platform/tag-manager/templates/api#math */
  Math: SandboxMath;
  /** @see https://developers.google.com/tag-platform/tag-manager/templates/api#object */
  Object: SandboxObjectApi;
  /** undefined for a malformed URL. @see https://developers.google.com/tag-platform/tag-manager/templates/api#parseurl */
  parseUrl(url: string): UrlParts | undefined;
  /** Whether the template holds a permission, without using it. @see https://developers.google.com/tag-platform/tag-manager/templates/api#querypermission */
  queryPermission(permission: string, ...args: unknown[]): boolean;
  /** Needs read_event_metadata. @see https://developers.google.com/tag-platform/tag-manager/templates/api#addeventcallback */
  addEventCallback(callback: SandboxFunction): void;
}
