/** @see https://developers.google.com/tag-platform/tag-manager/server-side/api#sha256sync */
import type { ApiImplementation } from '../api';
import { sha256Digest } from '../common/sha256-digest';

export const sha256Sync: ApiImplementation = (ctx) => (input: unknown, options: unknown) => sha256Digest(input, ctx.marshal.toHost(options));
