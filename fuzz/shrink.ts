/**
 * Shrinks a failing input to a smaller one that still fails the same way (same signature): greedy
 * passes that drop object keys and array items, halve arrays and long strings (never one holding a
 * canary), shallow parts first, until a pass changes nothing or the budget is spent. The input's
 * top-level parts (the driver's shape) stay.
 */
import { checkInput } from './campaign';
import { canariesIn } from './canaries';
import type { Driver } from './drivers/driver';
import { setOwn } from './values';

type Path = (string | number)[];

function clone(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(clone);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) setOwn(out, key, clone((value as Record<string, unknown>)[key]));
  return out;
}

function paths(value: unknown): Path[] {
  const out: Path[] = [];
  let level: { path: Path; value: unknown }[] = [{ path: [], value }];
  while (level.length > 0 && out.length < 5000) {
    const next: typeof level = [];
    for (const node of level) {
      if (node.value === null || typeof node.value !== 'object') continue;
      const keys = Array.isArray(node.value) ? node.value.map((_v, i) => i) : Object.keys(node.value);
      for (const key of keys) {
        const path = [...node.path, key];
        out.push(path);
        next.push({ path, value: (node.value as Record<string | number, unknown>)[key] });
      }
    }
    level = next;
  }
  return out;
}

function at(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)?.[k], root);
}

/** Simpler versions of the input at one path (the first ones remove the most). */
function variants(root: unknown, path: Path): unknown[] {
  const out: unknown[] = [];
  const parentPath = path.slice(0, -1);
  const key = path[path.length - 1];
  const value = at(root, path);
  const parentValue = at(root, parentPath);
  // A path from an earlier pass may now end in a string or a missing part: nothing to do there.
  if (parentValue === null || typeof parentValue !== 'object') return out;
  if (parentPath.length > 0 || typeof key === 'number') {
    const copy = clone(root);
    const parent = at(copy, parentPath);
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete (parent as Record<string, unknown>)[key as string];
    out.push(copy);
  }
  const replace = (next: unknown): void => {
    const copy = clone(root);
    setOwn(at(copy, parentPath) as Record<string, unknown>, key as string, next);
    out.push(copy);
  };
  if (Array.isArray(value) && value.length > 1) {
    replace(value.slice(0, Math.ceil(value.length / 2)));
    replace(value.slice(Math.ceil(value.length / 2)));
  }
  // Short texts stay readable, and a text holding a canary stays whole: cut, it would no longer be one.
  if (typeof value === 'string' && value.length > 32 && canariesIn(value).length === 0) {
    if (value.length > 64) replace(value.slice(0, 64));
    replace(value.slice(0, Math.ceil(value.length / 2)));
  }
  return out;
}

const size = (value: unknown): number => JSON.stringify(value, (_k, v: unknown) => (typeof v === 'function' ? 'f' : v))?.length ?? 0;

export async function shrink<I>(driver: Driver<I>, input: I, signature: string, budget: { checks: number; ms: number }): Promise<I> {
  const started = Date.now();
  let checks = 0;
  const stillFails = async (candidate: unknown): Promise<boolean> => {
    checks++;
    try {
      const verdict = await checkInput(driver as Driver, candidate);
      return verdict.findings.some((f) => f.signature === signature);
    } catch {
      return false; // The driver needs this part: keep it.
    }
  };
  let best: unknown = clone(input);
  let progress = true;
  while (progress && checks < budget.checks && Date.now() - started < budget.ms) {
    progress = false;
    for (const path of paths(best).filter((p) => p.length > 1)) {
      if (checks >= budget.checks || Date.now() - started >= budget.ms) break;
      if (at(best, path) === undefined && !Object.prototype.hasOwnProperty.call(at(best, path.slice(0, -1)) ?? {}, path[path.length - 1])) continue;
      for (const candidate of variants(best, path)) {
        if (size(candidate) < size(best) && (await stillFails(candidate))) {
          best = candidate;
          progress = true;
          break;
        }
      }
    }
  }
  return best as I;
}
