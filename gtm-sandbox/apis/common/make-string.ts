/** @see https://developers.google.com/tag-platform/tag-manager/templates/api#makestring */
import type { ApiImplementation } from '../api';

export function toSandboxString(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return value.map((v) => (v === null || v === undefined ? '' : toSandboxString(v))).join(',');
  if (typeof value === 'object') return '[object Object]';
  return String(value);
}

export const makeString: ApiImplementation = () => (value: unknown) => toSandboxString(value);
