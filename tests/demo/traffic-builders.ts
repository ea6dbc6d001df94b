/** Small builders of recorded traffic for the inspector's tests: tag hits, API requests, server tag runs. */
import type { TagRun } from '../../gtm-sandbox/container/server-container';
import type { RecordedRequest } from '../../pinterest-fake/conversions-api';
import type { TagEvent } from '../../pinterest-fake/pinterest-fake';

export const HASH = 'b4c9a289323b21a01c3e940f150eb9b8c542587f1abfd8f0e1cc1ffc5e475514';
let clock = 1_700_000_000_000;
const tick = (): number => (clock += 1000);

export function tagHit(event: string, data: Record<string, unknown> = {}, partner: Record<string, unknown> = {}): TagEvent {
  return { time: tick(), event, tagId: '2612345678901', data, partner, page: 'https://shop.example/thanks?order=1' };
}

export function apiEvent(name: string, id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    event_name: name, action_source: 'web', event_time: 1_700_000_000, event_id: id, event_source_url: 'https://shop.example/thanks',
    user_data: { em: [HASH], client_ip_address: '203.0.113.77', client_user_agent: 'Mozilla/5.0' }, ...extra,
  };
}

export function apiRequest(events: Record<string, unknown>[], status = 200, response?: unknown): RecordedRequest {
  const answer = response ?? (status === 200
    ? { num_events_received: events.length, num_events_processed: events.length, events: events.map(() => ({ status: 'processed', error_message: null, warning_message: null })) }
    : { code: 8, message: 'Rate limit exceeded' });
  return { time: tick(), accountId: '549755885175', test: false, status, body: { data: events }, errors: [], response: answer };
}

/** A Conversions API tag run; `messages` become the tag's JSON Message log lines. */
export function tagRun(event: Record<string, unknown>, messages: string[] = [], sent: Record<string, unknown>[] = []): TagRun {
  return {
    tag: 'Pinterest Conversions API', time: tick(), event, result: 'success',
    logs: messages.map((m) => [JSON.stringify({ Name: 'Pinterest Conversions API', Type: 'Message', Message: m })]),
    http: sent.map((e) => ({ url: 'https://api.pinterest.com/v5/ad_accounts/1/events', method: 'POST', headers: {}, body: JSON.stringify({ data: [e] }), timeout: 5000 })),
  };
}
