/**
 * The healthy ranges `pinterest-gtm report` judges the monthly review against, in one place. Pinterest's
 * implementation runbook (the one this project implements) asks to "review monthly: Enhanced Match
 * coverage, dedup rates, API delivery success rates" and gives one range: "Deduplication rate (should be
 * 5-20%)". Where it names no range, the range is our choice, written here with its reason (README:
 * "The monthly review").
 */

export type Judgement = 'good' | 'watch' | 'bad';

export interface HealthyRange {
  readonly label: string;
  /** Inclusive bounds of a share (0 to 1): inside `good` is healthy, inside `watch` worth a look, else bad. */
  readonly good: readonly [number, number];
  readonly watch: readonly [number, number];
  /** The range as the report prints it. */
  readonly shown: string;
  readonly source: string;
}

export const HEALTHY_RANGES = {
  delivery: {
    label: 'Delivery', good: [0.99, 1], watch: [0.95, 1], shown: '99% or more',
    // Our choice: the tag retries 429, 5xx and timeouts, so what still fails is a lasting fault (token,
    // ad account, invalid data); a few in a thousand is noise, one in twenty is a fault to find.
    source: 'our choice (the runbook names the rate, not a range): 95–99% is worth a look, below 95% a fault',
  },
  dedupRate: {
    label: 'Deduplication rate', good: [0.05, 0.2], watch: [Number.MIN_VALUE, 1], shown: '5–20%',
    // Below 5% the browser and server copies rarely share an event_id and event, so Pinterest counts both;
    // none at all is a broken setup. Above 20% more copies are duplicates than the runbook expects: when the
    // tag and the API both send every event up to half the copies are duplicates by design.
    source: 'Pinterest\'s implementation runbook: "Deduplication rate (should be 5-20%)"',
  },
  generatedIds: {
    label: 'Events that cannot be deduplicated', good: [0, 0], watch: [0, 0], shown: 'none',
    // A generated event_id never reaches the browser: such an event can only be counted twice or once by luck.
    source: 'Pinterest deduplicates only copies with the same event_id (https://developers.pinterest.com/docs/api/v5/events-create)',
  },
  conversionEmail: {
    label: 'Email on conversions', good: [0.9, 1], watch: [0.5, 1], shown: '90% or more',
    // Our choice: checkouts, leads and sign-ups ask for an email, so nearly all should carry it; the runbook
    // lists missing Enhanced Match as the cause of a low attribution rate.
    source: 'our choice (the runbook names the coverage, not a range): 50–90% is worth a look, below 50% a fault',
  },
} as const satisfies Record<string, HealthyRange>;

export type RangeName = keyof typeof HEALTHY_RANGES;

const inside = (share: number, [min, max]: readonly [number, number]): boolean => share >= min && share <= max;

export function judge(range: HealthyRange, share: number): Judgement {
  if (inside(share, range.good)) return 'good';
  return inside(share, range.watch) ? 'watch' : 'bad';
}

/** Conversions whose Enhanced Match the review judges (API names): events a person fills in a form for. */
export const CONVERSIONS_WITH_EMAIL = new Set(['checkout', 'lead', 'signup']);

/** An HTTP status of a Conversions API answer: 2xx delivered, 429 and 5xx retried (temporary), anything else a fault. */
export function judgeStatus(code: string): Judgement {
  const status = Number(code);
  if (status >= 200 && status < 300) return 'good';
  return status === 429 || (status >= 500 && status < 600) ? 'watch' : 'bad';
}
