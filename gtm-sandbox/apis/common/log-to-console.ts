/** Without the logging permission (or outside debug mode with 'debug') the call is silently dropped. @see https://developers.google.com/tag-platform/tag-manager/templates/api#logtoconsole */
import type { ApiImplementation } from '../api';

export const logToConsole: ApiImplementation = (ctx) => (...values: unknown[]) => {
  if (!ctx.permissions.allows('logging')) return;
  ctx.world.logs.push({ values: values.map((v) => ctx.marshal.toHost(v)) });
};
