/**
 * GTM's data layer model stores a dotted key as a path: pushing `{'gtm.uniqueEventId': 7}` makes
 * `gtm: {uniqueEventId: 7}`, and objects merge recursively while arrays and other values replace.
 * https://developers.google.com/tag-platform/tag-manager/datalayer#how_data_layer_information_is_processed
 */
export function mergeIntoModel(model: Record<string, unknown>, message: Record<string, unknown>): Record<string, unknown> {
  for (const [key, value] of Object.entries(message)) {
    const path = key.split('.');
    let target = model;
    for (const segment of path.slice(0, -1)) {
      const next = own(target, segment);
      if (typeof next !== 'object' || next === null || Array.isArray(next)) setOwn(target, segment, {});
      target = own(target, segment) as Record<string, unknown>;
    }
    const last = path[path.length - 1];
    const existing = own(target, last);
    if (isPlainObject(value) && isPlainObject(existing)) mergeIntoModel(existing, value);
    else setOwn(target, last, isPlainObject(value) ? mergeIntoModel({}, value) : value);
  }
  return model;
}

/**
 * Keys come from the page (hostile input): they are read and written as own properties only, so
 * `__proto__` or `constructor` in a push is a key like any other and never reaches Object.prototype.
 */
const own = (target: Record<string, unknown>, key: string): unknown => (Object.prototype.hasOwnProperty.call(target, key) ? target[key] : undefined);
const setOwn = (target: Record<string, unknown>, key: string, value: unknown): void => {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
};

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The model a page's pushes leave, applied in order: each message object gets the next
 * `gtm.uniqueEventId`, as GTM numbers the messages it processes; commands (arrays, such as consent
 * commands) carry no data for the model and are skipped.
 */
export function modelFromPushes(messages: readonly unknown[]): Record<string, unknown> {
  let model: Record<string, unknown> = {};
  let uniqueEventId = 0;
  for (const message of messages) {
    if (!isPlainObject(message)) continue;
    uniqueEventId++;
    model = mergeIntoModel(model, { ...message, 'gtm.uniqueEventId': uniqueEventId });
  }
  return model;
}
