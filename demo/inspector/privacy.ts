/**
 * What the inspector may show. The Conversions API payload is shown with its hashes; the values that
 * Pinterest requires unhashed but that identify a person (the IP address) are not shown, and any text
 * anywhere that looks like a raw email address or phone number is replaced, whatever field it came in
 * (the recorded traffic is input like any other: a page or a request can put anything anywhere).
 * https://developers.pinterest.com/docs/api/v5/events-create (user_data: which fields are hashed)
 *
 * Every check here runs on each poll over every recorded string, whatever its length: each takes time
 * linear in the text. The email check is a scan (a regex with two unbounded runs backtracks
 * quadratically on a long run without "@": 100,000 characters took 30 s); the phone check's runs are bounded.
 */
/** A run of digits with phone separators (space, parentheses, dash) or a leading +: 7 to 15 digits (E.164). */
const PHONE = /\+?\d[\d\s()-]{5,22}\d/g;
const SHA256 = /^[a-f0-9]{64}$/i;
/** user_data fields that Pinterest takes as they are (not hashed). */
const PLAIN_USER_FIELDS = new Set(['client_ip_address', 'client_user_agent', 'click_id', 'partner_id']);

export const HIDDEN_IP = '(IP address: sent unhashed as Pinterest requires; not shown here)';
export const HIDDEN_PERSONAL = '(looks like a raw email or phone number: not shown)';
export const HIDDEN_UNHASHED = '(should be a SHA-256 hash but is not: not shown)';

function decoded(text: string): string {
  try { return decodeURIComponent(text.replace(/\+/g, ' ')); } catch { return text; }
}

const WHITESPACE = /\s/;
/** A character of an address's domain: not whitespace, "@" or a URL delimiter (/ ? & =). */
const inDomain = (c: string): boolean => !WHITESPACE.test(c) && '@/?&='.indexOf(c) === -1;
/** A character of its local part: the same, and not ":" (so "mailto:" and "scheme:" stay outside). */
const inLocal = (c: string): boolean => inDomain(c) && c !== ':';
const isLetter = (c: string): boolean => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

/**
 * True when the text holds local@domain.tld: a local-part character right before an "@", then a run of
 * domain characters holding a "." that has one of them before it and two letters after it. Each "@"
 * looks only at the run after it, which ends at the next "@": every character is read at most twice.
 */
export function containsEmail(text: string): boolean {
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    if (at === 0 || !inLocal(text[at - 1])) continue;
    let end = at + 1;
    while (end < text.length && inDomain(text[end])) end++;
    for (let dot = at + 2; dot + 2 < end; dot++) {
      if (text[dot] === '.' && isLetter(text[dot + 1]) && isLetter(text[dot + 2])) return true;
    }
  }
  return false;
}

/** True when the text holds something that reads as an email address, or is a phone number. */
export function looksPersonal(text: string): boolean {
  const plain = decoded(text);
  if (containsEmail(plain)) return true;
  return (plain.match(PHONE) ?? []).some((run) => {
    const digits = run.replace(/\D/g, '').length;
    return digits >= 7 && digits <= 15 && /[+\s()-]/.test(run);
  });
}

/** A copy safe to display: personal-looking strings (values and keys) replaced, at any depth (bounded). */
export function displaySafe(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return looksPersonal(value) ? HIDDEN_PERSONAL : value;
  if (value === null || typeof value !== 'object') return value;
  if (depth > 8) return '(nested too deep: not shown)';
  if (Array.isArray(value)) return value.slice(0, 200).map((v) => displaySafe(v, depth + 1));
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  Object.entries(value).slice(0, 200).forEach(([key, v], i) => { out[looksPersonal(key) ? `(hidden key ${i + 1})` : key] = displaySafe(v, depth + 1); });
  return out;
}

/** The Conversions API event as the inspector shows it: hashes kept, the IP and anything unhashed hidden. */
export function displayApiEvent(event: Record<string, unknown>): unknown {
  const safe = displaySafe(event) as Record<string, unknown>;
  const user = safe.user_data;
  if (user !== null && typeof user === 'object' && !Array.isArray(user)) {
    const fields = user as Record<string, unknown>;
    for (const key of Object.keys(fields)) {
      if (key === 'client_ip_address') fields[key] = HIDDEN_IP;
      else if (!PLAIN_USER_FIELDS.has(key)) {
        const values = Array.isArray(fields[key]) ? fields[key] as unknown[] : [fields[key]];
        if (!values.every((v) => typeof v === 'string' && SHA256.test(v))) fields[key] = HIDDEN_UNHASHED;
      }
    }
  }
  return safe;
}
