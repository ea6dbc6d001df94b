/**
 * The run's clock of asynchronous work: callLater callbacks, script loads, hashing, HTTP responses.
 * Everything runs after the current code, in order, with promise jobs drained between tasks, the way
 * the browser's event loop would; no real timers are involved, so runs are deterministic.
 */
/** The next turn of the event loop, in Node and in a browser page. */
const nextTurn = (): Promise<void> => new Promise((resolve) => {
  if (typeof setImmediate === 'function') setImmediate(resolve);
  else setTimeout(resolve, 0);
});

export class Scheduler {
  private readonly tasks: (() => void)[] = [];
  private pending = 0;

  /** Runs fn after the current code (callLater, load callbacks). */
  later(fn: () => void): void {
    this.tasks.push(fn);
  }

  /** Tracks a host promise the run must wait for (HTTP, BigQuery, ...). */
  track<T>(promise: Promise<T>): Promise<T> {
    this.pending++;
    const done = (): void => { this.pending--; };
    promise.then(done, done);
    return promise;
  }

  /** Runs queued tasks and promise jobs until nothing is left (bounded, so a loop cannot hang). */
  async drain(maxTasks = 100_000): Promise<void> {
    for (let i = 0; i < maxTasks; i++) {
      await nextTurn();
      const task = this.tasks.shift();
      if (task) {
        task();
        continue;
      }
      if (this.pending === 0) {
        await nextTurn();
        if (this.tasks.length === 0 && this.pending === 0) return;
      }
    }
  }
}
