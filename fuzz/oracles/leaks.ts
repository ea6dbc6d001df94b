/**
 * Canary leaks and reflections: every output a fire produces is a sink (a log line, a BigQuery row, a
 * pixel, an HTTP request's URL, body and headers, a cookie, a response, event data a client produces),
 * searched for the planted canaries (fuzz/canaries.ts). The one place a canary may appear is the
 * access token in the Authorization header of a Conversions API request, which the driver leaves out.
 */
import { canariesIn, reflectsIn } from '../canaries';
import { finding, type Finding } from './finding';

export interface Sink { name: string; text: string }

/** A sink's text for any value: strings as they are, everything else as JSON (keys included). */
export function sinkText(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'function' ? '[function]' : v)) ?? '';
  } catch {
    return String(value);
  }
}

export const sink = (name: string, value: unknown): Sink => ({ name, text: sinkText(value) });

export function leakFindings(sinks: Sink[]): Finding[] {
  const out: Finding[] = [];
  for (const s of sinks) {
    for (const canary of canariesIn(s.text)) {
      out.push(finding('leak', `raw ${canary} in ${s.name}`, `${s.name}: ${excerpt(s.text)}`));
    }
  }
  return out;
}

export function reflectionFindings(sinks: Sink[]): Finding[] {
  return sinks.filter((s) => reflectsIn(s.text)).map((s) => finding('reflection', `request input repeated in ${s.name}`, `${s.name}: ${excerpt(s.text)}`));
}

function excerpt(text: string): string {
  return text.length > 300 ? `${text.slice(0, 300)}… (${text.length} characters)` : text;
}
