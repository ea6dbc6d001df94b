/**
 * `pinterest-gtm plan`: the tracking plan Pinterest's runbook asks teams to keep, written as Markdown
 * from real container exports: every Pinterest event with its trigger, parameters and their sources,
 * the event_id source, the route (browser, server), Enhanced Match fields and consent behaviour, and what
 * must still be set in Pinterest itself.
 */
import { templateFor, type ExportTag, type ExportTrigger } from '../../gtm-sandbox/container/export-format';
import { tagEventFor } from '../../pinterest/events';
import { code, md } from './markdown';
import { environmentSection } from './matrix-markdown';
import { readContainer, type Container } from './plan-container';
import type { PlanInput } from './plan-input';
import { definitionFor, parametersOf, redact, scrubExport, secretFields, shortSecretWarnings, type ContainerSecrets } from './secrets';
import { secretSource, source } from './sources';

function triggerText(trigger: ExportTrigger | undefined, id: string): string {
  if (id === '2147479553') return 'All Pages (page view)';
  if (!trigger) return `trigger ${id}`;
  const conditions = [...(trigger.customEventFilter ?? []), ...(trigger.filter ?? [])].map((c) => {
    const arg = (k: string): string => String((c.parameter ?? []).find((p) => p.key === k)?.value ?? '');
    return `${md(arg('arg0'))} ${md(c.type.toLowerCase().replace('_', ' '))} ${code(arg('arg1'))}`;
  });
  return `${md(trigger.name)} (${md(trigger.type)}${conditions.length ? `: ${conditions.join(' and ')}` : ''})`;
}

/** GA4 events a custom-event trigger's regex lists, e.g. ^(purchase|add_to_cart)$. */
function regexEvents(trigger: ExportTrigger | undefined): string[] {
  const regex = String((trigger?.customEventFilter?.[0]?.parameter ?? []).find((p) => p.key === 'arg1')?.value ?? '');
  const m = /^\^?\(?([\w.|]+)\)?\$?$/.exec(regex);
  return m ? m[1].split('|') : [];
}

/**
 * pinterest-gtm's event_id rule (pinterest/event-id.ts), in the form README states it: only a `track`
 * event and a Conversions API event with the same event_id and the same event are counted once.
 */
export const EVENT_ID_RULE = 'pinterest-gtm rule: a checkout with an order id → `checkout_<order id>`; a page visit (`track` `pagevisit`) → '
  + '`<page load id>.page<n>` (one per page view: n = 1 for the loaded page, +1 per SPA route change); any other event → `<page load id>.<gtm.uniqueEventId>`';

function webSection(web: Container): string[] {
  const v = web.export.containerVersion;
  const out = ['## Browser (web container)', ''];
  const tags = (v.tag ?? []).filter((t) => templateFor(web.export, t.type)?.name.startsWith('Pinterest Tag'));
  if (tags.length === 0) out.push('No Pinterest Tag by pinterest-gtm in this container.');
  for (const tag of tags) out.push(...webTag(web, tag), '');
  return out;
}

function webTag(web: Container, tag: ExportTag): string[] {
  const p = parametersOf(tag.parameter);
  const triggers = (tag.firingTriggerId ?? []).map((id) => ({ id, trigger: (web.export.containerVersion.trigger ?? []).find((t) => t.triggerId === id) }));
  const event = String(p.eventName ?? 'none');
  const events = event === 'auto'
    ? triggers.flatMap((t) => regexEvents(t.trigger)).map((e) => `${e} → ${tagEventFor(e) ?? '(nothing)'}`).join(', ') || 'Automatic: from each GA4 dataLayer event'
    : event === 'none' ? 'base code and the page visit (load, then track pagevisit)' : event === 'advertiserDefined' ? `custom: ${md(p.customEventName)}` : md(event);
  const consent = tag.consentSettings?.consentStatus === 'NEEDED' ? 'GTM consent settings require ad_storage; ' : '';
  return [
    `### ${md(tag.name)}`, '',
    '| | |', '| --- | --- |',
    `| Pinterest events | ${events} |`,
    `| Triggers | ${triggers.map((t) => triggerText(t.trigger, t.id)).join('; ') || '—'} |`,
    `| Tag ID | ${source(web, p.tagId)} |`,
    `| event_id | ${p.eventId ? source(web, p.eventId) : EVENT_ID_RULE} |`,
    `| Event data | ${p.readEcommerce === false && event !== 'auto' ? 'fields only' : 'GA4 ecommerce from the dataLayer, then fields'}${['value', 'currency', 'orderId', 'leadType', 'searchQuery'].filter((k) => p[k] !== undefined && p[k] !== '').map((k) => `; ${k}: ${source(web, p[k])}`).join('')} |`,
    `| Route | browser (pintrk)${p.serverUrl ? ` + server forwarding to ${source(web, p.serverUrl)}` : ''} |`,
    `| Enhanced Match | ${['email', 'externalId'].filter((k) => p[k]).map((k) => `${k}: ${source(web, p[k])} (hashed in GTM)`).join('; ') || 'none (consider email)'} |`,
    `| Consent | ${consent}${p.consentMode === 'always' ? 'fires regardless of Consent Mode' : 'waits for ad_storage; setconsent(false) on revocation'}${p.limitedDataProcessing ? '; Limited Data Processing on' : ''} |`,
  ];
}

function serverSection(server: Container): string[] {
  const v = server.export.containerVersion;
  const out = ['## Server (server container)', ''];
  for (const client of v.client ?? []) {
    const template = templateFor(server.export, client.type);
    if (!template?.name.startsWith('Pinterest Client')) continue;
    const p = parametersOf(client.parameter);
    const secrets = secretFields(definitionFor(template.name)).map((f) => `; ${md(f.label)}: ${secretSource(server, p[f.name])}`).join('');
    out.push(`- Client **${md(client.name)}** on ${code(p.path ?? '/pinterest/events')}: ${p.setClickIdCookie === false ? 'no' : 'sets'} the first-party \`_epik\` cookie; CORS origins: ${md(p.allowedOrigins) || 'none'}${secrets}`);
  }
  for (const tag of v.tag ?? []) {
    const template = templateFor(server.export, tag.type);
    if (!template?.name.startsWith('Pinterest Conversions API')) continue;
    const p = parametersOf(tag.parameter);
    const triggers = (tag.firingTriggerId ?? []).map((id) => triggerText((v.trigger ?? []).find((t) => t.triggerId === id), id));
    out.push(
      '', `### ${md(tag.name)}`, '', '| | |', '| --- | --- |',
      `| Ad account | ${source(server, p.adAccountId)} |`,
      `| Token | ${secretSource(server, p.accessToken)} |`,
      ...secretFields(definitionFor(template.name)).filter((f) => f.name !== 'accessToken').map((f) => `| ${md(f.label)} | ${secretSource(server, p[f.name])} |`),
      `| Triggers | ${triggers.join('; ') || '—'} |`,
      `| Event names | ${p.eventNameSource === 'standard' ? `always ${md(p.eventNameStandard)}` : p.eventNameSource === 'custom' ? `custom ${md(p.customEventName)}` : `inherited (GA4 mapping); unknown events: ${md(p.unknownEvents ?? 'skip')}`} |`,
      `| event_id | the event's event_id, else \`checkout_<transaction_id>\` (the browser's), else generated (logged: cannot deduplicate) |`,
      `| Consent | ${p.consentMode === 'always' ? 'sends regardless of x-ga-gcs/gcd' : p.consentMode === 'limited' ? 'denied ⇒ sent with opt_out and LDP' : 'denied ad_storage or ad_user_data ⇒ not sent'} |`,
      `| Test mode | ${p.testMode === true ? '**on**: Pinterest records nothing; turn off for production' : 'off'} |`,
    );
  }
  return out;
}

/** The secrets of both exports, hidden in both before anything is formatted (a server token can turn up in the web export). */
function scrubbed(web: Container, server: Container | undefined): ContainerSecrets[] {
  const secrets = server ? [web.secrets, server.secrets] : [web.secrets];
  scrubExport(web.export, secrets);
  if (server) scrubExport(server.export, secrets);
  return secrets;
}

export interface TrackingPlan { readonly text: string; readonly warnings: string[] }

export function trackingPlan(webInput: PlanInput, serverInput?: PlanInput): TrackingPlan {
  const web = readContainer(webInput);
  const server = serverInput === undefined ? undefined : readContainer(serverInput);
  const secrets = scrubbed(web, server);
  const environments = environmentSection(web, server);
  const text = redact([
    '# Pinterest tracking plan', '',
    `Generated by \`pinterest-gtm plan\` from ${code(webInput.file)}${serverInput ? ` and ${code(serverInput.file)}` : ''}.`, '',
    ...webSection(web), ...(server ? serverSection(server) : []), ...environments.lines, '',
    '## Still to set in Pinterest', '',
    '- Claim your website domain (Business settings → Claimed accounts).',
    '- Choose attribution windows (Ads Manager → Conversions → settings); reports depend on them.',
    '- Turn on Automatic Enhanced Match for the tag in Ads Manager.',
    '- Store the conversion access token only in GTM (a variable in the server container), never in the page; rotate it when people leave.',
    '- Check that product ids in events match the catalog `id` exactly: `pinterest-gtm catalog-check`.',
    '- Review monthly: delivery, deduplication and Enhanced Match coverage with `pinterest-gtm report`.',
    '',
  ].join('\n'), secrets);
  return { text, warnings: [...shortSecretWarnings(secrets), ...environments.warnings].map((w) => redact(w, secrets)) };
}
