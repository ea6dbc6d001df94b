/** The audit's options and result, shared by the runner, the reports and the command. */
import type { CountedFinding } from './rules/analyse';
import type { CatalogSummary } from './feed-check';
import type { JourneyStep } from './journey';
import type { PageView } from './observations';
import type { Route } from './requests';
import type { Pairing } from './server-pairing';

export interface AuditOptions {
  readonly startUrl: string;
  readonly journey?: JourneyStep[];
  /** The journey file's name, for messages (`journey.yaml:12: step 3 …`). */
  readonly journeyFile?: string;
  readonly maxPages: number;
  readonly consent: 'accept' | 'reject' | 'none';
  readonly routes: Route[];
  readonly serverOrigins: string[];
  readonly tagId?: string;
  readonly headed: boolean;
  readonly screenshots: boolean;
  readonly stepTimeoutMs: number;
  readonly settleMs: number;
  readonly serverLogs?: string;
  readonly serverWaitMs: number;
  readonly feed?: string;
}

export const DEFAULTS = { maxPages: 10, stepTimeoutMs: 10_000, settleMs: 3000, serverWaitMs: 5000, bannerWaitMs: 2000 };

export interface StepRecord {
  readonly index: number;
  readonly label: string;
  readonly line?: number;
  ok: boolean;
  error?: string;
  /** The page views this step created or acted on. */
  pages: number[];
  url?: string;
  screenshot?: Buffer;
}

export interface AuditResult {
  readonly startUrl: string;
  readonly startedAt: number;
  finishedAt: number;
  userAgent: string;
  readonly steps: StepRecord[];
  views: PageView[];
  findings: CountedFinding[];
  pairing?: Pairing;
  catalog?: CatalogSummary;
  /** Why the audit stopped early (no browser, a broken input file); the report still shows what was seen. */
  aborted?: string;
}
