/**
 * Hashes values with the web sha256 API (asynchronous, hex) and calls back once with all digests.
 * Values already hashed are passed through; with nothing to hash the callback runs at once.
 * https://developers.google.com/tag-platform/tag-manager/templates/api#sha256
 */
import { sha256 } from '../../../gtm-sandbox/import/web';
import type { PreparedValue } from '../../../pinterest/normalise';

export interface HashJob { key: string; prepared: PreparedValue }

export function hashAll(jobs: HashJob[], done: (digests: { [key: string]: string }, failed: string[]) => void): void {
  const digests: { [key: string]: string } = {};
  const failed: string[] = [];
  let pending = jobs.length;
  const finish = (): void => {
    pending--;
    if (pending === 0) done(digests, failed);
  };
  if (pending === 0) {
    done(digests, failed);
    return;
  }
  for (let i = 0; i < jobs.length; i++) {
    const job = jobs[i];
    const prepared = job.prepared;
    if (prepared.hashed !== undefined) {
      digests[job.key] = prepared.hashed;
      finish();
      continue;
    }
    sha256(prepared.plain as string, (digest) => { digests[job.key] = digest; finish(); }, () => { failed.push(job.key); finish(); }, { outputEncoding: 'hex' });
  }
}
