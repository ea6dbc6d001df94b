/**
 * Hashes values with the web sha256 API (asynchronous, hex) and calls back once with all digests.
 * Values already hashed are passed through; with nothing to hash the callback runs at once.
 * https://developers.google.com/tag-platform/tag-manager/templates/api#sha256
 */
import type { WebApis } from '../../../gtm-sandbox/types/web';
import type { PreparedValue } from '../../../pinterest/normalise';

// sha256 is required when there is something to hash: a fire without user data never asks for it.
declare function require<N extends keyof WebApis>(name: N): WebApis[N];

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
  let sha256: WebApis['sha256'] | undefined;
  for (let i = 0; i < jobs.length; i++) {
    const job = jobs[i];
    const prepared = job.prepared;
    if (prepared.hashed !== undefined) {
      digests[job.key] = prepared.hashed;
      finish();
      continue;
    }
    if (sha256 === undefined) sha256 = require('sha256');
    sha256(prepared.plain as string, (digest) => { digests[job.key] = digest; finish(); }, () => { failed.push(job.key); finish(); }, { outputEncoding: 'hex' });
  }
}
