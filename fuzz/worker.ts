/**
 * A worker thread of the campaign: checks inputs [start, end) and posts each verdict as soon as it has
 * it, so the main thread can tell a hanging input from a slow one and lose nothing when it stops us.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkInput, generateInput } from './campaign';
import type { TemplateName } from './drivers/driver';
import { DRIVERS } from './drivers/registry';
import type { Verdict } from './oracles/finding';

export interface WorkerTask { template: TemplateName; seed: string; start: number; end: number }
export type WorkerMessage = { kind: 'start'; index: number } | { kind: 'verdict'; index: number; verdict: Verdict };

async function main(task: WorkerTask): Promise<void> {
  const driver = DRIVERS[task.template];
  for (let index = task.start; index < task.end; index++) {
    parentPort?.postMessage({ kind: 'start', index } satisfies WorkerMessage);
    const verdict = await checkInput(driver, generateInput(driver, task.seed, index));
    parentPort?.postMessage({ kind: 'verdict', index, verdict } satisfies WorkerMessage);
  }
}

void main(workerData as WorkerTask);
