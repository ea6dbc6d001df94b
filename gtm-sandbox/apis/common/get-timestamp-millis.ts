/** Milliseconds since the epoch, from the World's clock. @see https://developers.google.com/tag-platform/tag-manager/templates/api#gettimestampmillis */
import type { ApiImplementation } from '../api';

export const getTimestampMillis: ApiImplementation = (ctx) => () => ctx.world.now();
