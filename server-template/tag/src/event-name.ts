/**
 * The Conversions API event_name for this event: a chosen standard event, a custom name, or inherited
 * from the event data through the mapping overrides and then the shared event table (pinterest/events.ts).
 * Events the table says are not conversions are skipped; an advertiser-defined name is sent as it is only
 * when the tag lists it (Advertiser-defined event names) or maps it; other unknown names are skipped, sent
 * as `custom`, or passed through, as the tag's policy says. Events from the Pinterest client get no
 * exception: anyone can call the client, and each name it passed would become an event in the account.
 */
import { capiEventOf, isCustomEventName, notConversion } from '../../../pinterest/events';
import { fieldsOf, toList, toText } from '../../../pinterest/values';
import type { EventNameSource, UnknownEvents } from './choices';
import type { ServerTagData } from './tag-data';

export interface ResolvedName { name?: string; skip?: string }

/** The mapping table's Pinterest event for an incoming name (case-insensitive), '' when the row has none. */
function fromTable(table: unknown, incoming: string): string | undefined {
  const rows = toList(table);
  for (let i = 0; i < rows.length; i++) {
    const row = fieldsOf(rows[i]);
    if ((toText(row.ga4Event) || '').toLowerCase() === incoming.toLowerCase()) return toText(row.pinterestEvent) || '';
  }
  return undefined;
}

/**
 * A typed Pinterest name, as the web tag validates custom names: a standard name (tag or API spelling) is
 * sent as its API name, any other name must be letters and underscores ("Newsletter Signup" is refused,
 * https://help.pinterest.com/en/business/article/add-event-codes).
 */
function typedName(typed: string): ResolvedName {
  return isCustomEventName(typed) ? { name: capiEventOf(typed) || typed } : { skip: 'the Pinterest event name must be letters and underscores' };
}

/**
 * Whether the Advertiser-defined event names field lists `name`: comma-separated, spaces ignored, case as
 * sent (Pinterest documents no case rule for event names, so the name is matched as the page sends it).
 */
function listed(list: unknown, name: string): boolean {
  return (',' + (toText(list) || '').split(' ').join('') + ',').indexOf(',' + name + ',') !== -1;
}

export function resolveEventName(data: ServerTagData, source: Record<string, unknown>): ResolvedName {
  const choice = toText(data.eventNameSource);
  const standard = choice === ('standard' satisfies EventNameSource);
  if (standard || choice === ('custom' satisfies EventNameSource)) {
    const typed = toText(standard ? data.eventNameStandard : data.customEventName);
    return typed !== undefined ? typedName(typed) : { skip: 'no event name set in the tag' };
  }
  const name = toText(source.event_name);
  if (name === undefined) return { skip: 'the event has no event_name' };
  const mapped = fromTable(data.eventNameMapping, name);
  if (mapped !== undefined) return typedName(mapped);
  const api = capiEventOf(name);
  if (api !== undefined) return { name: api };
  const skip = notConversion(name);
  if (skip !== undefined) return { skip: skip };
  const own = isCustomEventName(name);
  if (own && listed(data.advertiserEventNames, name)) return { name: name };
  const policy = toText(data.unknownEvents);
  if (policy === ('custom' satisfies UnknownEvents)) return { name: 'custom' };
  if (policy === ('passthrough' satisfies UnknownEvents)) return { name: own ? name : 'custom' };
  return { skip: (own ? 'event "' + name + '"' : 'an invalid event name') + ' has no Pinterest event (unknown events are skipped)' };
}
