/** Small builders for the fuzz harness's own tests: inputs in each driver's shape, planted templates. */
import type { ClientInput } from '../../fuzz/drivers/client';
import { CLIENT_PATH } from '../../fuzz/drivers/client-inputs';
import { FUZZ_NOW } from '../../fuzz/drivers/driver';
import type { EventIdInput } from '../../fuzz/drivers/event-id';
import type { PageInput } from '../../fuzz/drivers/page-inputs';
import type { Answer } from '../../fuzz/drivers/server-inputs';
import type { ServerTagInput } from '../../fuzz/drivers/server-tag';
import type { WebTagInput } from '../../fuzz/drivers/web-tag';
import { builtTemplate, type BuiltTemplate, type TemplateLoader } from '../../fuzz/sandbox-run';

export const OK_ANSWER: Answer = { status: 200, body: JSON.stringify({ num_events_received: 1, num_events_processed: 1, events: [{ status: 'processed' }] }) };

export const page = (extra: Partial<PageInput> = {}): PageInput => ({
  url: 'https://shop.example/thanks', referrer: '', window: {}, dataLayer: { event: 'purchase', 'gtm.uniqueEventId': 7 },
  consent: {}, consentUpdates: [], cookies: {}, debugMode: true, coreJsFails: false, ...extra,
});

export const webTagInput = (data: Record<string, unknown> = {}, extra: Partial<PageInput> = {}): WebTagInput => ({
  now: FUZZ_NOW, randomSeed: '1', data: { tagId: '2612345678901', eventName: 'auto', ...data }, page: page(extra),
});

export const eventIdInput = (fields: Record<string, unknown> = {}, extra: Partial<PageInput> = {}): EventIdInput => ({
  now: FUZZ_NOW, randomSeed: '1', fields: { eventName: 'auto', ...fields }, consentMode: 'always', page: page(extra),
});

export const serverTagInput = (parts: Partial<ServerTagInput> = {}): ServerTagInput => ({
  now: FUZZ_NOW, settings: { adAccountId: '549755885175', accessToken: 'pina_TOKEN', logMode: 'always' },
  event: { event_name: 'purchase', ip_override: '203.0.113.9', user_agent: 'Mozilla/5.0' }, cookies: {}, headers: {}, debugMode: true,
  answers: [OK_ANSWER], ...parts,
});

export const clientInput = (parts: Partial<ClientInput['request']> = {}, settings: Record<string, unknown> = {}): ClientInput => ({
  now: FUZZ_NOW, settings, cookies: {}, debugMode: true,
  request: { method: 'POST', path: CLIENT_PATH, query: {}, headers: { 'user-agent': 'UA/1' }, body: '', remoteAddress: '203.0.113.7', ...parts },
});

/** The built template of `folder` with its code replaced (same fields and permissions): a planted bug. */
export function planted(folder: BuiltTemplate, code: string): TemplateLoader {
  const template = { ...builtTemplate(folder), code };
  return (asked) => (asked === folder ? template : builtTemplate(asked));
}
