/**
 * Runs a campaign on worker threads (one per core by default), each on a contiguous share of the
 * inputs. A worker that reports nothing for `hangMs` is stopped: its current input counts as a timeout
 * (a hang or a runaway loop, which no in-process check could interrupt) and a new worker resumes after it.
 */
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { generateInput, Tally, type CampaignResult } from './campaign';
import type { Driver } from './drivers/driver';
import { finding } from './oracles/finding';
import type { WorkerMessage, WorkerTask } from './worker';

const WORKER = path.join(__dirname, 'worker.ts');
/** tsx compiles the worker's TypeScript as it does the CLI's. */
const BOOT = `require('tsx/cjs/api').require(${JSON.stringify(WORKER)}, ${JSON.stringify(WORKER)});`;

export interface PoolOptions { seed: string; start: number; end: number; workers: number; hangMs: number; onProgress?: (done: number) => void }

export function runPool(driver: Driver, options: PoolOptions): Promise<CampaignResult> {
  const tally = new Tally(driver, options.seed, options.start, options.end);
  const total = options.end - options.start;
  const share = Math.ceil(total / options.workers);
  let done = 0;
  return new Promise((resolve, reject) => {
    let running = 0;
    const launch = (start: number, end: number): void => {
      if (start >= end) return;
      running++;
      const worker = new Worker(BOOT, { eval: true, workerData: { template: driver.name, seed: options.seed, start, end } satisfies WorkerTask });
      let current = start;
      let heard = Date.now();
      let stopped = false;
      const watchdog = setInterval(() => {
        if (Date.now() - heard < options.hangMs) return;
        stopped = true;
        clearInterval(watchdog);
        void worker.terminate();
        const seconds = Math.round(options.hangMs / 1000);
        tally.add(current, { findings: [finding('timeout', `the run did not end within ${seconds} s (a hang or a runaway loop)`, `input ${current}`)] }, generateInput(driver, options.seed, current));
        done++;
        running--;
        launch(current + 1, end);
        if (running === 0) resolve(tally.result());
      }, 1000);
      worker.on('message', (message: WorkerMessage) => {
        heard = Date.now();
        if (message.kind === 'start') current = message.index;
        else {
          tally.add(message.index, message.verdict);
          options.onProgress?.(++done);
        }
      });
      worker.on('error', (error) => { clearInterval(watchdog); reject(error); });
      worker.on('exit', () => {
        if (stopped) return;
        clearInterval(watchdog);
        running--;
        if (running === 0) resolve(tally.result());
      });
    };
    for (let w = 0; w < options.workers; w++) launch(options.start + w * share, Math.min(options.end, options.start + (w + 1) * share));
    if (running === 0) resolve(tally.result());
  });
}
