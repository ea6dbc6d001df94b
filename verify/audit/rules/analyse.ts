/** Runs every rule over the observed page views; identical findings on several pages are reported once with a count. */
import { SEVERITY_ORDER, type Finding } from '../findings';
import type { PageView } from '../observations';
import { consentRules } from './consent-rules';
import { ruleContext, type Rule, type RuleOptions } from './context';
import { dedupRules } from './dedup-rules';
import { eventRules } from './event-rules';
import { matchRules } from './match-rules';
import { pageRules } from './page-rules';
import { tagRules } from './tag-rules';

const RULES: Rule[] = [tagRules, eventRules, dedupRules, matchRules, consentRules, pageRules];

export interface CountedFinding extends Finding { readonly count?: number }

/** Merges findings with the same id and message (the first place is kept), then orders by severity. */
export function mergeFindings(findings: Finding[]): CountedFinding[] {
  const merged = new Map<string, CountedFinding>();
  for (const f of findings) {
    const key = `${f.id}\u0000${f.message}`;
    const seen = merged.get(key);
    merged.set(key, seen ? { ...seen, count: (seen.count ?? 1) + 1 } : f);
  }
  return [...merged.values()].sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
}

export function analyse(views: PageView[], options: RuleOptions = {}): Finding[] {
  const ctx = ruleContext(views, options);
  return RULES.flatMap((rule) => rule(ctx));
}
