/**
 * sha256 answers asynchronously (onSuccess after the current code) in both containers.
 * Web: (input, onSuccess, onFailure, options) https://developers.google.com/tag-platform/tag-manager/templates/api#sha256
 * Server: (input, onSuccess, options) https://developers.google.com/tag-platform/tag-manager/server-side/api#sha256
 */
import type { ApiImplementation } from '../api';
import { sha256Digest } from './sha256-digest';

export const sha256: ApiImplementation = (ctx) => (input: unknown, onSuccess: unknown, third: unknown, fourth: unknown) => {
  const options = ctx.context === 'web' ? fourth : third;
  const value = sha256Digest(input, ctx.marshal.toHost(options));
  ctx.scheduler.later(() => { ctx.marshal.callSandbox(onSuccess, value); });
};
