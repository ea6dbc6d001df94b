/**
 * What an oracle reports about one input: which oracle, a signature that names the failure class
 * (inputs with the same signature failed the same way), and a detail for people.
 */
export const ORACLES = ['exception', 'timeout', 'invalid', 'leak', 'reflection', 'attempts'] as const;
export type Oracle = (typeof ORACLES)[number];

export interface Finding { oracle: Oracle; signature: string; detail: string }

export interface Verdict {
  findings: Finding[];
  /** Attempts for the event that took the most (HTTP attempts, pixels, container runs), and its bound. */
  attempts?: number;
  attemptBound?: number;
}

/**
 * A failure class name without the input's own values: words and field paths are kept (numbers as N),
 * quoted texts and every other token (URLs, markup, encoded or non-ASCII text) become "…".
 */
export function classOf(text: string): string {
  const token = (t: string): string => {
    const plain = t.replace(/\d+/g, 'N');
    return plain.length <= 40 && /^[A-Za-z_'[\].-]*[.,;:]?$/.test(plain) ? plain : '…';
  };
  return text.replace(/"[^"]*"/g, '"…"').split(/\s+/).map(token).join(' ').replace(/…( …)+/g, '…').slice(0, 140);
}

export const finding = (oracle: Oracle, signature: string, detail: string): Finding => ({ oracle, signature: `${oracle}: ${signature}`, detail: detail.slice(0, 500) });
