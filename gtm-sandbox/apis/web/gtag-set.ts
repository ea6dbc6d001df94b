/**
 * gtagSet(object) or gtagSet(key, value): queues gtag's `set` command; every flattened key needs
 * write_data_layer. @see https://developers.google.com/tag-platform/tag-manager/templates/api#gtagset
 */
import { str, type ApiImplementation } from '../api';

export const gtagSet: ApiImplementation = (ctx) => (first: unknown, second: unknown) => {
  const settings = (typeof first === 'string' ? { [first]: ctx.marshal.toHost(second) } : ctx.marshal.toHost(first) ?? {}) as Record<string, unknown>;
  for (const key of flatKeys(settings, '')) ctx.permissions.assert('gtagSet', 'write_data_layer', `writing "${key}"`, key);
  ctx.world.dataLayerPushes.push(['set', settings]);
};

function flatKeys(value: Record<string, unknown>, prefix: string): string[] {
  return Object.entries(value).flatMap(([k, v]) => {
    const key = prefix === '' ? str(k) : `${prefix}.${k}`;
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? [key, ...flatKeys(v as Record<string, unknown>, key)] : [key];
  });
}
