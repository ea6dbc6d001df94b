/** The event data this tag reads (EVENT_DATA_KEYS), as one object; a key the event lacks is left out. */
import { getEventData } from '../../../gtm-sandbox/import/server';
import { EVENT_DATA_KEYS } from './choices';

export function readEventData(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let i = 0; i < EVENT_DATA_KEYS.length; i++) {
    const value = getEventData(EVENT_DATA_KEYS[i]);
    if (value !== undefined) out[EVENT_DATA_KEYS[i]] = value;
  }
  return out;
}
