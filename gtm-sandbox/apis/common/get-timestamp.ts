/** Deprecated alias of getTimestampMillis. @see https://developers.google.com/tag-platform/tag-manager/templates/api#gettimestamp */
import type { ApiImplementation } from '../api';

export const getTimestamp: ApiImplementation = (ctx) => () => ctx.world.now();
