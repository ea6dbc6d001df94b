/**
 * The Conversions API event_name for this event: a chosen standard event, a custom name, or inherited
 * from the event data through the mapping overrides and then the shared event table (pinterest/events.ts).
 * Events the table says are not conversions are skipped; events from the Pinterest client keep their
 * exact name; other unknown names are skipped, sent as `custom`, or passed through.
 */
import { capiEventFor, eventMeaning, isCustomEventName } from '../../../pinterest/events';
import { SOURCE_CLIENT, SOURCE_KEY } from '../../../pinterest/forwarding-protocol';
import { toList, toObject, toText } from '../../../pinterest/values';
import { EVENT_NAME_SOURCE, UNKNOWN_EVENTS } from './choices';
import type { ServerTagData } from './tag-data';

export interface ResolvedName { name?: string; skip?: string }

function fromTable(table: unknown, incoming: string): string | undefined {
  const rows = toList(table);
  for (let i = 0; i < rows.length; i++) {
    const row = toObject(rows[i]);
    const from = row === undefined ? undefined : toText(row.ga4Event);
    if (from !== undefined && from.toLowerCase() === incoming.toLowerCase()) return toText((row as { pinterestEvent?: unknown }).pinterestEvent) ?? '';
  }
  return undefined;
}

/**
 * A typed Pinterest name, as the web tag validates custom names: a standard name (tag or API spelling) is
 * sent as its API name, any other name must be letters and underscores ("Newsletter Signup" is refused,
 * https://help.pinterest.com/en/business/article/add-event-codes).
 */
function typedName(typed: string): ResolvedName {
  if (!isCustomEventName(typed)) return { skip: 'the Pinterest event name set in the tag must be letters and underscores' };
  const tag = eventMeaning(typed).tag;
  return { name: tag !== undefined ? capiEventFor(tag) : typed };
}

export function resolveEventName(data: ServerTagData, source: Record<string, unknown>): ResolvedName {
  const choice = toText(data.eventNameSource);
  if (choice === EVENT_NAME_SOURCE.standard) {
    const standard = toText(data.eventNameStandard);
    return standard === undefined ? { skip: 'no standard event chosen' } : typedName(standard);
  }
  if (choice === EVENT_NAME_SOURCE.custom) {
    const custom = toText(data.customEventName);
    return custom === undefined ? { skip: 'no custom event name' } : typedName(custom);
  }
  const name = toText(source.event_name);
  if (name === undefined) return { skip: 'the event has no event_name' };
  const mapped = fromTable(data.eventNameMapping, name);
  if (mapped !== undefined) return typedName(mapped);
  const meaning = eventMeaning(name);
  if (meaning.tag !== undefined) return { name: capiEventFor(meaning.tag) };
  if (meaning.skip !== undefined) return { skip: meaning.skip };
  // The Pinterest client's events were named by the web tag (or a site's backend) for Pinterest: as they are.
  if (source[SOURCE_KEY] === SOURCE_CLIENT && isCustomEventName(name)) return { name: name };
  const policy = toText(data.unknownEvents);
  if (policy === UNKNOWN_EVENTS.custom) return { name: 'custom' };
  if (policy === UNKNOWN_EVENTS.passthrough) return { name: isCustomEventName(name) ? name : 'custom' };
  return { skip: (isCustomEventName(name) ? 'event "' + name + '"' : 'an event with an invalid name') + ' has no Pinterest event (unknown events are skipped)' };
}
