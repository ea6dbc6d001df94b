/**
 * The event data this tag reads (EVENT_DATA_KEYS), as one object; a key the event lacks is left out.
 * One getAllEventData() call reads the event (https://developers.google.com/tag-platform/tag-manager/server-side/api#getalleventdata)
 * instead of a getEventData() call per key; only EVENT_DATA_KEYS are kept from it. An event without any
 * data (the Tests tab, whose scenarios script getEventData key by key) is read key by key: both APIs
 * read the same event, so the answer is the same.
 */
import { getAllEventData } from '../../../gtm-sandbox/import/server';
import type { ServerApis } from '../../../gtm-sandbox/types/server';
import { toObject } from '../../../pinterest/values';
import { EVENT_DATA_KEYS } from './choices';

declare function require<N extends keyof ServerApis>(name: N): ServerApis[N];

function hasKeys(value: object): boolean {
  for (const key in value) if (key !== undefined) return true;
  return false;
}

export function readEventData(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const all = toObject(getAllEventData());
  const whole = all !== undefined && hasKeys(all);
  const getEventData = whole ? undefined : require('getEventData');
  for (let i = 0; i < EVENT_DATA_KEYS.length; i++) {
    const value = getEventData === undefined ? (all as Record<string, unknown>)[EVENT_DATA_KEYS[i]] : getEventData(EVENT_DATA_KEYS[i]);
    if (value !== undefined) out[EVENT_DATA_KEYS[i]] = value;
  }
  return out;
}
