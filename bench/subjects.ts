/**
 * What the benchmark runs: our four built templates (and the web tag with server forwarding on), and the
 * published peers when the user points the bench at local copies of them. Each subject is a template,
 * the fields a user would save it with, and the World of one realistic fire (bench/fires.ts).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { flatten, type ParameterLike } from '../gtm-sandbox/parameters/validate-parameters';
import { parseTemplate, type ParsedTemplate } from '../gtm-sandbox/tpl/read';
import type { WorldOptions } from '../gtm-sandbox/world/world';
import { AD_ACCOUNT, forwardedPurchaseRequest, ga4PurchaseEvent, NOW, PROCESSED, TAG_ID, TOKEN, webPurchasePage } from './fires';

export type Group = 'web tag' | 'event id' | 'server tag' | 'client';

export interface Subject {
  readonly name: string;
  readonly group: Group;
  /** Ours are measured against the peers of their group; peers are not compared with each other. */
  readonly ours: boolean;
  /** Another configuration or request of a template measured above: shown, not held to the goals. */
  readonly variant?: boolean;
  readonly template: ParsedTemplate;
  /** The readable code (template.js) when the .tpl holds the minified one: what --profile runs. */
  readonly readable?: string;
  readonly data: Record<string, unknown>;
  readonly world: () => WorldOptions;
}

const REPO_ROOT = path.resolve(__dirname, '..');

/** The fields as GTM saves a tag: every UI default, then what the user typed. */
function fields(template: ParsedTemplate, typed: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const p of flatten(template.parameters as ParameterLike[])) if (p.defaultValue !== undefined && p.name) out[p.name] = p.defaultValue;
  return { ...out, ...typed };
}

function built(folder: string): { template: ParsedTemplate; readable: string } {
  const dir = path.join(REPO_ROOT, folder);
  const js = fs.readFileSync(path.join(dir, 'template.js'), 'utf8');
  // template.js is the code section's readable copy behind a two-line "generated" header.
  return { template: parseTemplate(fs.readFileSync(path.join(dir, 'template.tpl'), 'utf8'), path.join(folder, 'template.tpl')), readable: js.slice(js.indexOf('\n\n') + 2) };
}

const serverEvent = (): WorldOptions => ({ now: NOW, eventData: ga4PurchaseEvent(), responses: [PROCESSED], request: { method: 'POST', path: '/g/collect', headers: { 'trace-id': '105445aa7843bc8bf206b12000100000/1;o=1' } } });

export function ourSubjects(): Subject[] {
  const web = built('web-template/tag');
  const variable = built('web-template/event-id');
  const server = built('server-template/tag');
  const client = built('server-template/client');
  const webData = { tagId: TAG_ID, eventName: 'auto', email: 'Jane@Example.com' };
  return [
    { name: 'pinterest-gtm web tag', group: 'web tag', ours: true, ...web, data: fields(web.template, webData), world: webPurchasePage },
    {
      name: 'pinterest-gtm web tag, forwarding', group: 'web tag', ours: true, variant: true, ...web,
      data: fields(web.template, { ...webData, serverUrl: 'https://sgtm.shop.example/pinterest/events' }), world: webPurchasePage,
    },
    { name: 'pinterest-gtm Event ID variable', group: 'event id', ours: true, ...variable, data: fields(variable.template, {}), world: webPurchasePage },
    {
      name: 'pinterest-gtm server tag', group: 'server tag', ours: true, ...server,
      data: fields(server.template, { adAccountId: AD_ACCOUNT, accessToken: TOKEN }), world: serverEvent,
    },
    {
      name: 'pinterest-gtm client', group: 'client', ours: true, ...client, data: fields(client.template, {}),
      world: () => ({ now: NOW, request: forwardedPurchaseRequest() }),
    },
    {
      // Every client runs on every request until one claims it: most of a server container's traffic is not ours.
      name: 'pinterest-gtm client, a GA4 request', group: 'client', ours: true, variant: true, ...client, data: fields(client.template, {}),
      world: () => ({ now: NOW, request: { method: 'POST', path: '/g/collect', query: { v: '2', en: 'purchase' }, headers: { 'user-agent': 'Mozilla/5.0' } } }),
    },
  ];
}

/** The published peers, each with the fields its README asks for on the same purchase. */
export const PEERS: { repo: string; group: Group; typed: Record<string, unknown> }[] = [
  {
    repo: 'pinterest/ws-gtm-template', group: 'web tag',
    typed: { tagId: TAG_ID, eventName: 'checkout', em: 'jane@example.com', value: '59.8', currency: 'EUR', order_id: 'T-1001', order_quantity: '3', product_id: 'SKU-1', product_category: 'Home' },
  },
  { repo: 'pinterest/ss-gtm-template', group: 'server tag', typed: { advertiserId: AD_ACCOUNT, apiAccessToken: TOKEN, eventName: 'inherit' } },
  { repo: 'stape-io/pinterest-capi-tag', group: 'server tag', typed: { advertiserId: AD_ACCOUNT, apiAccessToken: TOKEN, eventType: 'inherit', actionSource: 'web' } },
  { repo: 'addingwell/pinterest-conversion-api-tag', group: 'server tag', typed: { advertiserId: AD_ACCOUNT, apiAccessToken: TOKEN, eventType: 'inherit', actionSource: 'web' } },
];

/** A peer's template.tpl under `dir`: `<name>/`, `<owner>+<name>/` or `<owner>/<name>/`. */
export function peerFile(dir: string, repo: string): string | undefined {
  const [owner, name] = repo.split('/');
  return [path.join(dir, name), path.join(dir, `${owner}+${name}`), path.join(dir, owner, name)]
    .map((d) => path.join(d, 'template.tpl')).find((f) => fs.existsSync(f));
}

export function peerSubjects(dir: string | undefined): { subjects: Subject[]; missing: string[] } {
  const subjects: Subject[] = [];
  const missing: string[] = [];
  for (const peer of PEERS) {
    const file = dir === undefined ? undefined : peerFile(dir, peer.repo);
    if (file === undefined) {
      missing.push(peer.repo);
      continue;
    }
    const template = parseTemplate(fs.readFileSync(file, 'utf8'), file);
    const world = peer.group === 'web tag' ? webPurchasePage : serverEvent;
    subjects.push({ name: peer.repo, group: peer.group, ours: false, template, data: fields(template, peer.typed), world });
  }
  return { subjects, missing };
}
