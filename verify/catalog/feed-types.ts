/** What the feed readers produce. */

/** `fields` has no prototype: its keys are the feed's own column or element names. */
export interface FeedRecord { readonly line: number; readonly fields: Readonly<Record<string, string>> }

/** Something in the file that could not be read as a record, and what was skipped because of it. */
export interface ReadProblem { readonly line: number; readonly problem: string }
export type OnReadProblem = (problem: ReadProblem) => void;

/** The file is not a feed at all (nothing in it can be checked). */
export class FeedError extends Error {}

/** A record object for names that come from the file: no prototype, so `__proto__` or `constructor` are plain keys. */
export const emptyFields = (): Record<string, string> => Object.create(null) as Record<string, string>;
