/**
 * The sender's side of the forwarding protocol: the tag's event data repaired into what the Pinterest
 * client accepts, with the client's own rules (pinterest/forwarded-event-validation.ts), so an event the
 * tag tracked is never refused by the server with a 400 while the tag reports success. Repairs: numbers
 * from numeric text, property names lower-cased, line items rebuilt from their protocol fields; what cannot
 * be repaired (raw contact data, text over 256 characters, names of other characters) is dropped and
 * counted for the debug log.
 */
import { customPropertyProblem, customText, lineItemProblem } from '../../../pinterest/forwarded-event-validation';
import { CUSTOM_NUMBER_KEYS, CUSTOM_TEXT_KEYS, LIMITS, LINE_ITEM_NUMBER_KEYS, LINE_ITEM_TEXT_KEYS } from '../../../pinterest/forwarding-protocol';
import type { TagEventData, TagLineItem } from '../../../pinterest/tag-event-data';
import { keysOf, toList, toNumber, toObject, toText } from '../../../pinterest/values';

export interface Repaired { custom: { [key: string]: unknown }; dropped: number }

function repairLine(value: unknown): TagLineItem | undefined {
  const item = toObject(value);
  if (item === undefined) return undefined;
  const line: { [key: string]: unknown } = {};
  for (let i = 0; i < LINE_ITEM_TEXT_KEYS.length; i++) {
    const text = toText(item[LINE_ITEM_TEXT_KEYS[i]]);
    if (text !== undefined) line[LINE_ITEM_TEXT_KEYS[i]] = text;
  }
  for (let i = 0; i < LINE_ITEM_NUMBER_KEYS.length; i++) {
    const n = toNumber(item[LINE_ITEM_NUMBER_KEYS[i]]);
    if (n !== undefined) line[LINE_ITEM_NUMBER_KEYS[i]] = n;
  }
  return lineItemProblem(line, 'line') === undefined ? (line as TagLineItem) : undefined;
}

/** One property in its protocol form, under its protocol name, or undefined when it cannot be repaired. */
function repairProperty(key: string, value: unknown): { key: string; value: unknown } | undefined {
  if (key === 'line_items') {
    const lines: TagLineItem[] = [];
    const list = toList(value);
    for (let j = 0; j < list.length && lines.length < LIMITS.lineItems; j++) {
      const line = repairLine(list[j]);
      if (line !== undefined) lines.push(line);
    }
    return lines.length > 0 ? { key: key, value: lines } : undefined;
  }
  if (CUSTOM_NUMBER_KEYS.indexOf(key) !== -1) {
    const n = toNumber(value);
    return n === undefined ? undefined : { key: key, value: n };
  }
  if (CUSTOM_TEXT_KEYS.indexOf(key) !== -1) {
    const text = toText(value);
    return text !== undefined && customText(text, key) === undefined ? { key: key, value: text } : undefined;
  }
  const name = key.toLowerCase();
  const scalar = typeof value === 'string' ? toText(value) : value;
  return scalar !== undefined && customPropertyProblem(name, scalar) === undefined ? { key: name, value: scalar } : undefined;
}

export function repairCustomData(data: TagEventData): Repaired {
  const custom: { [key: string]: unknown } = {};
  let dropped = 0;
  let count = 0;
  const keys = keysOf(data);
  for (let i = 0; i < keys.length; i++) {
    if (keys[i] === 'event_id') continue;
    const property = repairProperty(keys[i], data[keys[i]]);
    if (property === undefined || custom[property.key] !== undefined || count >= LIMITS.customKeys) {
      dropped++;
      continue;
    }
    custom[property.key] = property.value;
    count++;
  }
  return { custom: custom, dropped: dropped };
}
