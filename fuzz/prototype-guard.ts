/**
 * Hostile input must never change the host's own built-in prototypes (a `__proto__` key merged into
 * an object is the classic way). Every check runs inside this guard: it notes each prototype's own
 * properties before, restores them after, and names what changed, so one polluting input is reported
 * once and cannot break the inputs after it.
 */
const GUARDED: [string, object][] = [
  ['Object.prototype', Object.prototype], ['Array.prototype', Array.prototype], ['Function.prototype', Function.prototype],
  ['String.prototype', String.prototype], ['Number.prototype', Number.prototype], ['Boolean.prototype', Boolean.prototype],
];

type Snapshot = Map<PropertyKey, PropertyDescriptor | undefined>[];

const sameDescriptor = (a: PropertyDescriptor | undefined, b: PropertyDescriptor | undefined): boolean =>
  a !== undefined && b !== undefined && a.value === b.value && a.get === b.get && a.set === b.set && a.writable === b.writable && a.enumerable === b.enumerable;

function snapshot(): Snapshot {
  return GUARDED.map(([, proto]) => new Map(Reflect.ownKeys(proto).map((k) => [k, Object.getOwnPropertyDescriptor(proto, k)])));
}

/** Restores the prototypes; answers "Object.prototype.x" for each property that had changed. */
function restore(before: Snapshot): string[] {
  const changed: string[] = [];
  GUARDED.forEach(([name, proto], i) => {
    for (const key of Reflect.ownKeys(proto)) {
      const original = before[i].get(key);
      if (sameDescriptor(original, Object.getOwnPropertyDescriptor(proto, key))) continue;
      changed.push(`${name}.${String(key)}`);
      if (original) Object.defineProperty(proto, key, original);
      else delete (proto as Record<PropertyKey, unknown>)[key];
    }
    for (const [key, original] of before[i]) {
      if (!Object.prototype.hasOwnProperty.call(proto, key) && original) {
        changed.push(`${name}.${String(key)}`);
        Object.defineProperty(proto, key, original);
      }
    }
  });
  return changed;
}

export async function guardPrototypes<T>(run: () => Promise<T>): Promise<{ value?: T; error?: unknown; polluted: string[] }> {
  const before = snapshot();
  try {
    const value = await run();
    return { value, polluted: restore(before) };
  } catch (error) {
    return { error, polluted: restore(before) };
  }
}
