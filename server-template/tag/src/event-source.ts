/**
 * The event data this tag reads (EVENT_DATA_KEYS), as one object; a key the event lacks is left out.
 * One getAllEventData() call reads the event (https://developers.google.com/tag-platform/tag-manager/server-side/api#getalleventdata)
 * instead of a getEventData() call per key; only EVENT_DATA_KEYS are kept from it.
 */
import { getAllEventData } from '../../../gtm-sandbox/import/server';
import { toObject } from '../../../pinterest/values';
import { EVENT_DATA_KEYS } from './choices';

export function readEventData(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const all = toObject(getAllEventData()) ?? {};
  for (let i = 0; i < EVENT_DATA_KEYS.length; i++) {
    const value = all[EVENT_DATA_KEYS[i]];
    if (value !== undefined) out[EVENT_DATA_KEYS[i]] = value;
  }
  return out;
}
