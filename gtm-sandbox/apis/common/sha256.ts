/**
 * Web sha256 is asynchronous (onSuccess later); server sha256 likewise; sha256Sync answers at once.
 * Base64 unless outputEncoding is 'hex'. @see https://developers.google.com/tag-platform/tag-manager/templates/api#sha256
 */
import { createHash } from 'node:crypto';
import { str, type ApiImplementation } from '../api';

export function digest(input: unknown, options: unknown): string {
  const encoding = (options as { outputEncoding?: string } | undefined)?.outputEncoding === 'hex' ? 'hex' : 'base64';
  return createHash('sha256').update(str(input), 'utf8').digest(encoding);
}

export const sha256: ApiImplementation = (ctx) => (input: unknown, onSuccess: unknown, third: unknown, fourth: unknown) => {
  // Web: (input, onSuccess, onFailure, options); server: (input, onSuccess, options).
  const options = ctx.context === 'web' ? fourth : third;
  const value = digest(input, ctx.marshal.toHost(options));
  ctx.scheduler.later(() => { ctx.marshal.callSandbox(onSuccess, value); });
};

export const sha256Sync: ApiImplementation = (ctx) => (input: unknown, options: unknown) => digest(input, ctx.marshal.toHost(options));
