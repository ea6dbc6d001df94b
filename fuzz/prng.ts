/**
 * A seeded pseudo-random generator, so every fuzz input is reproducible from (seed, index) alone:
 * sfc32 (Chris Doty-Humphrey's Small Fast Counter, as in PractRand), seeded from a string hashed with
 * cyrb53-style mixing. Not for cryptography; for repeatable test inputs.
 */

export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** An integer in [min, max]. */
  between(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** An item chosen by weight: [[weight, item], …]. */
  weighted<T>(choices: readonly (readonly [number, T])[]): T;
  /** A child generator for one part of an input, stable whatever the other parts draw. */
  fork(label: string): Rng;
}

/** Four 32-bit words from a text (cyrb128-style mixing of every character). */
function seedWords(text: string): [number, number, number, number] {
  let h1 = 1779033703, h2 = 3144134277, h3 = 1013904242, h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  return [(h1 ^ h2 ^ h3 ^ h4) >>> 0, (h2 ^ h1) >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0];
}

export function createRng(seed: string): Rng {
  let [a, b, c, d] = seedWords(seed);
  const next = (): number => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    const t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    const out = (t + d) | 0;
    c = (c + out) | 0;
    return (out >>> 0) / 4294967296;
  };
  // Warm up: the first outputs of sfc32 still show the seed's structure.
  for (let i = 0; i < 12; i++) next();
  const rng: Rng = {
    next,
    int: (n) => Math.floor(next() * n),
    between: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)],
    weighted: (choices) => {
      const total = choices.reduce((sum, [w]) => sum + w, 0);
      let r = next() * total;
      for (const [w, item] of choices) {
        if (r < w) return item;
        r -= w;
      }
      return choices[choices.length - 1][1];
    },
    fork: (label) => createRng(`${seed}/${label}`),
  };
  return rng;
}

/** The generator of input `index` of a campaign: independent of every other input. */
export function inputRng(seed: string, template: string, index: number): Rng {
  return createRng(`${seed}:${template}:${index}`);
}

/** Floats in [0, 1) from a seed, for tests that only need a repeatable stream. */
export function seededRandom(seed: string | number): () => number {
  const rng = createRng(String(seed));
  return () => rng.next();
}
