/**
 * The Conversions API event_name for this event: a chosen standard event, a custom name, or inherited
 * from the event data through the mapping table and then the shared GA4 → Pinterest mapping
 * (pinterest/events.ts). Unknown names are skipped, sent as `custom`, or passed through.
 */
import { capiEventFor, isCustomEventName, tagEventFor } from '../../../pinterest/events';
import { toList, toObject, toText } from '../../../pinterest/values';
import { EVENT_NAME_SOURCE, UNKNOWN_EVENTS } from './choices';
import type { ServerTagData } from './tag-data';

export interface ResolvedName { name?: string; skip?: string }

function fromTable(table: unknown, incoming: string): string | undefined {
  const rows = toList(table);
  for (let i = 0; i < rows.length; i++) {
    const row = toObject(rows[i]);
    const from = row === undefined ? undefined : toText(row.ga4Event);
    if (from !== undefined && from.toLowerCase() === incoming.toLowerCase()) return toText((row as { pinterestEvent?: unknown }).pinterestEvent);
  }
  return undefined;
}

export function resolveEventName(data: ServerTagData, incoming: unknown): ResolvedName {
  const source = toText(data.eventNameSource) ?? EVENT_NAME_SOURCE.inherit;
  if (source === EVENT_NAME_SOURCE.standard) {
    const standard = toText(data.eventNameStandard);
    return standard === undefined ? { skip: 'no standard event chosen' } : { name: standard };
  }
  if (source === EVENT_NAME_SOURCE.custom) {
    const custom = toText(data.customEventName);
    return custom !== undefined && isCustomEventName(custom) ? { name: custom } : { skip: 'the custom event name must be letters and underscores' };
  }
  const name = toText(incoming);
  if (name === undefined) return { skip: 'the event has no event_name' };
  const mapped = fromTable(data.eventNameMapping, name);
  if (mapped !== undefined) return { name: capiEventFor(tagEventFor(mapped) ?? mapped) };
  const tagEvent = tagEventFor(name);
  if (tagEvent !== undefined) return { name: capiEventFor(tagEvent) };
  const policy = toText(data.unknownEvents) ?? UNKNOWN_EVENTS.skip;
  if (policy === UNKNOWN_EVENTS.custom) return { name: 'custom' };
  if (policy === UNKNOWN_EVENTS.passthrough && isCustomEventName(name)) return { name: name };
  if (policy === UNKNOWN_EVENTS.passthrough) return { name: 'custom' };
  return { skip: 'event "' + name + '" has no Pinterest event (unknown events are skipped)' };
}
