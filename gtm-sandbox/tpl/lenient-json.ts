/**
 * GTM reads a .tpl's JSON sections with Gson, which tolerates a trailing comma before `]` or `}`;
 * published templates rely on it (pinterest/ws-gtm-template). The reader accepts what GTM accepts;
 * `gtm-sandbox check` still reports it, because strict tools reject it.
 */
export function parseLenientJson(text: string): { value: unknown; lenient: boolean } {
  try {
    return { value: JSON.parse(text), lenient: false };
  } catch (strictError) {
    const repaired = withoutTrailingCommas(text);
    if (repaired === text) throw strictError;
    return { value: JSON.parse(repaired), lenient: true };
  }
}

function withoutTrailingCommas(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      out += ch;
      if (ch === '\\') out += text[++i] ?? '';
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    if (ch === ',') {
      let j = i + 1;
      while (j < text.length && /\s/.test(text[j])) j++;
      if (text[j] === ']' || text[j] === '}') continue;
    }
    out += ch;
  }
  return out;
}
