/** What every rule reads: the page views, their tag commands and tracked events, and the options. */
import { maskEmails } from '../../input/mask-emails';
import type { Finding } from '../findings';
import type { PageView } from '../observations';
import { pageCommands, trackedEvents, type PageCommand, type TrackedEvent } from '../page-commands';

export interface RuleOptions { readonly tagId?: string }

export interface RuleContext {
  readonly views: PageView[];
  readonly commands: PageCommand[][];
  readonly events: TrackedEvent[];
  readonly options: RuleOptions;
  /** When the audit first clicked "reject" on a consent banner; the choice holds for the rest of the run. */
  readonly rejectedAt?: number;
}

export type Rule = (ctx: RuleContext) => Finding[];

export function ruleContext(views: PageView[], options: RuleOptions): RuleContext {
  const commands = views.map((v) => (v.loadError ? [] : pageCommands(v)));
  const rejections = views.map((v) => v.auditConsent).filter((c) => c?.choice === 'reject').map((c) => c?.time as number);
  return { views, commands, events: commands.flatMap(trackedEvents), options, rejectedAt: rejections.length > 0 ? Math.min(...rejections) : undefined };
}

/** Where a finding about a page view or an event was seen. */
export const at = (view: PageView, event?: string): { url: string; page: number; step?: number; event?: string } => ({
  url: view.url, page: view.index, ...(view.step !== undefined ? { step: view.step } : {}), ...(event !== undefined ? { event } : {}),
});

export const TEXT_LIMIT = 80;
/** A page-supplied value for a message: cut short, quoted, never a raw email (secrets and PII never reach reports). */
export function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  const safe = maskEmails(text);
  return JSON.stringify(safe.length > TEXT_LIMIT ? `${safe.slice(0, TEXT_LIMIT)}…` : safe);
}
