/**
 * `pinterest-gtm plan`: the tracking plan Pinterest's runbook asks teams to keep, written as Markdown
 * from real container exports: every Pinterest event with its trigger, parameters and their sources,
 * the event_id source, the route (browser, server), Enhanced Match fields and consent behaviour, and what
 * must still be set in Pinterest itself.
 */
import { readContainerExport, templateFor, type ContainerExport, type ExportTag, type ExportTrigger } from '../../gtm-sandbox/container/export-format';
import { decodeParameters } from '../../gtm-sandbox/container/parameters';
import { tagEventFor } from '../../pinterest/events';

const keepReferences = (name: string): string => `{{${name}}}`;
const md = (s: unknown): string => String(s ?? '').replace(/\|/g, '\\|');

function source(container: ContainerExport, value: unknown): string {
  const text = String(value ?? '');
  const m = /^\{\{(.+)\}\}$/.exec(text);
  if (!m) return text === '' ? '—' : `\`${md(text)}\``;
  const variable = (container.containerVersion.variable ?? []).find((v) => v.name === m[1]);
  if (!variable) return `{{${md(m[1])}}} (built-in)`;
  const p = decodeParameters(variable.parameter ?? [], keepReferences);
  const kind = variable.type === 'v' ? `dataLayer \`${md(p.name)}\`` : variable.type === 'c' ? `constant \`${md(p.value)}\`` : variable.type.startsWith('cvt_') ? `template ${md(templateFor(container, variable.type)?.name)}` : `variable type ${variable.type}`;
  return `{{${md(m[1])}}}: ${kind}`;
}

function triggerText(trigger: ExportTrigger | undefined, id: string): string {
  if (id === '2147479553') return 'All Pages (page view)';
  if (!trigger) return `trigger ${id}`;
  const conditions = [...(trigger.customEventFilter ?? []), ...(trigger.filter ?? [])].map((c) => {
    const arg = (k: string): string => String(c.parameter.find((p) => p.key === k)?.value ?? '');
    return `${arg('arg0')} ${c.type.toLowerCase().replace('_', ' ')} \`${md(arg('arg1'))}\``;
  });
  return `${md(trigger.name)} (${trigger.type}${conditions.length ? `: ${conditions.join(' and ')}` : ''})`;
}

/** GA4 events a custom-event trigger's regex lists, e.g. ^(purchase|add_to_cart)$. */
function regexEvents(trigger: ExportTrigger | undefined): string[] {
  const regex = String(trigger?.customEventFilter?.[0]?.parameter.find((p) => p.key === 'arg1')?.value ?? '');
  const m = /^\^?\(?([\w.|]+)\)?\$?$/.exec(regex);
  return m ? m[1].split('|') : [];
}

function webSection(web: ContainerExport): string[] {
  const v = web.containerVersion;
  const out = ['## Browser (web container)', ''];
  const tags = (v.tag ?? []).filter((t) => templateFor(web, t.type)?.name.startsWith('Pinterest Tag'));
  if (tags.length === 0) out.push('No Pinterest Tag by pinterest-gtm in this container.');
  for (const tag of tags) out.push(...webTag(web, tag), '');
  return out;
}

function webTag(web: ContainerExport, tag: ExportTag): string[] {
  const p = decodeParameters(tag.parameter ?? [], keepReferences);
  const triggers = (tag.firingTriggerId ?? []).map((id) => ({ id, trigger: (web.containerVersion.trigger ?? []).find((t) => t.triggerId === id) }));
  const event = String(p.eventName ?? 'none');
  const events = event === 'auto'
    ? triggers.flatMap((t) => regexEvents(t.trigger)).map((e) => `${e} → ${tagEventFor(e) ?? '(nothing)'}`).join(', ') || 'Automatic: from each GA4 dataLayer event'
    : event === 'none' ? 'base code only (load, page)' : event === 'advertiserDefined' ? `custom: ${md(p.customEventName)}` : event;
  const consent = tag.consentSettings?.consentStatus === 'NEEDED' ? 'GTM consent settings require ad_storage; ' : '';
  return [
    `### ${md(tag.name)}`, '',
    '| | |', '| --- | --- |',
    `| Pinterest events | ${events} |`,
    `| Triggers | ${triggers.map((t) => triggerText(t.trigger, t.id)).join('; ') || '—'} |`,
    `| Tag ID | ${source(web, p.tagId)} |`,
    `| event_id | ${p.eventId ? source(web, p.eventId) : 'pinterest-gtm rule: checkout_<order id>, else <page view>.<gtm.uniqueEventId>'} |`,
    `| Event data | ${p.readEcommerce === false && event !== 'auto' ? 'fields only' : 'GA4 ecommerce from the dataLayer, then fields'}${['value', 'currency', 'orderId', 'leadType', 'searchQuery'].filter((k) => p[k] !== undefined && p[k] !== '').map((k) => `; ${k}: ${source(web, p[k])}`).join('')} |`,
    `| Route | browser (pintrk)${p.serverUrl ? ` + server forwarding to ${source(web, p.serverUrl)}` : ''} |`,
    `| Enhanced Match | ${['email', 'externalId'].filter((k) => p[k]).map((k) => `${k}: ${source(web, p[k])} (hashed in GTM)`).join('; ') || 'none (consider email)'} |`,
    `| Consent | ${consent}${p.consentMode === 'always' ? 'fires regardless of Consent Mode' : 'waits for ad_storage; setconsent(false) on revocation'}${p.limitedDataProcessing ? '; Limited Data Processing on' : ''} |`,
  ];
}

function serverSection(server: ContainerExport): string[] {
  const v = server.containerVersion;
  const out = ['## Server (server container)', ''];
  for (const client of v.client ?? []) {
    const template = templateFor(server, client.type);
    if (!template?.name.startsWith('Pinterest Client')) continue;
    const p = decodeParameters(client.parameter ?? [], keepReferences);
    out.push(`- Client **${md(client.name)}** on \`${md(p.path ?? '/pinterest/events')}\`: ${p.setClickIdCookie === false ? 'no' : 'sets'} the first-party \`_epik\` cookie; CORS origins: ${md(p.allowedOrigins) || 'none'}`);
  }
  for (const tag of v.tag ?? []) {
    const template = templateFor(server, tag.type);
    if (!template?.name.startsWith('Pinterest Conversions API')) continue;
    const p = decodeParameters(tag.parameter ?? [], keepReferences);
    const triggers = (tag.firingTriggerId ?? []).map((id) => triggerText((v.trigger ?? []).find((t) => t.triggerId === id), id));
    out.push(
      '', `### ${md(tag.name)}`, '', '| | |', '| --- | --- |',
      `| Ad account | ${source(server, p.adAccountId)} |`,
      `| Token | ${source(server, p.accessToken)}${String(p.accessToken ?? '').startsWith('{{') ? '' : ' (typed into the tag: move it to a variable)'} |`,
      `| Triggers | ${triggers.join('; ') || '—'} |`,
      `| Event names | ${p.eventNameSource === 'standard' ? `always ${md(p.eventNameStandard)}` : p.eventNameSource === 'custom' ? `custom ${md(p.customEventName)}` : `inherited (GA4 mapping); unknown events: ${md(p.unknownEvents ?? 'skip')}`} |`,
      `| event_id | the event's event_id, else checkout_<transaction_id> (the browser's), else generated (logged: cannot deduplicate) |`,
      `| Consent | ${p.consentMode === 'always' ? 'sends regardless of x-ga-gcs/gcd' : p.consentMode === 'limited' ? 'denied ⇒ sent with opt_out and LDP' : 'denied ad_storage or ad_user_data ⇒ not sent'} |`,
      `| Test mode | ${p.testMode === true ? '**on**: Pinterest records nothing; turn off for production' : 'off'} |`,
    );
  }
  return out;
}

export function trackingPlan(webText: string, webFile: string, serverText: string | undefined, serverFile: string | undefined): string {
  const web = readContainerExport(webText, webFile);
  const server = serverText !== undefined && serverFile !== undefined ? readContainerExport(serverText, serverFile) : undefined;
  return [
    '# Pinterest tracking plan', '',
    `Generated by \`pinterest-gtm plan\` from \`${webFile}\`${serverFile ? ` and \`${serverFile}\`` : ''}.`, '',
    ...webSection(web), ...(server ? serverSection(server) : []), '',
    '## Still to set in Pinterest', '',
    '- Claim your website domain (Business settings → Claimed accounts).',
    '- Choose attribution windows (Ads Manager → Conversions → settings); reports depend on them.',
    '- Turn on Automatic Enhanced Match for the tag in Ads Manager.',
    '- Store the conversion access token only in GTM (a variable in the server container), never in the page; rotate it when people leave.',
    '- Check that product ids in events match the catalog `id` exactly: `pinterest-gtm catalog-check`.',
    '- Review monthly: delivery, deduplication and Enhanced Match coverage with `pinterest-gtm report`.',
    '',
  ].join('\n');
}
