/** getTimestampMillis / getTimestamp. @see https://developers.google.com/tag-platform/tag-manager/templates/api#gettimestampmillis */
import type { ApiImplementation } from '../api';

export const getTimestampMillis: ApiImplementation = (ctx) => () => ctx.world.now();
/** Deprecated alias of getTimestampMillis. */
export const getTimestamp: ApiImplementation = (ctx) => () => ctx.world.now();
