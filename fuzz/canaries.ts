/**
 * Planted canaries: a raw email address, a phone number, a person's name and a Conversions API access
 * token, each distinctive enough that finding it in an output can only mean the input leaked there.
 * Hashed forms never match (a SHA-256 hex digest holds none of these texts). A sink is searched as
 * written and percent-decoded (once and twice, `+` as a space too), case-insensitively, so
 * `Pip.Tessaract%40…` and a lower-cased copy count as the raw value they are.
 */

export const CANARY = {
  /** Fictional mailbox on the reserved `.example` domain (RFC 2606). */
  email: 'Pip.Tessaract@FuzzMail.example',
  /** A North American number from 555-0100…0199, reserved for fiction. */
  phone: '+1 (415) 555-0142',
  firstName: 'Quenbert',
  lastName: 'Larkspurr',
  /** A conversion access token shape (pina_…). */
  token: 'pina_FZCANARYTOKEN7Qx9ZrT2vLm4',
} as const;

export type CanaryName = 'email' | 'phone' | 'name' | 'token';

/** Spellings of the canaries a template might produce: normalised, split, percent-encoded. */
export const CANARY_SPELLINGS = {
  email: [CANARY.email, CANARY.email.toLowerCase(), encodeURIComponent(CANARY.email)],
  phone: [CANARY.phone, '415-555-0142', '4155550142', '+14155550142', '(415) 555 0142'],
  name: [`${CANARY.firstName} ${CANARY.lastName}`, CANARY.firstName, CANARY.lastName, CANARY.lastName.toUpperCase()],
  token: [CANARY.token],
} as const;

const EMAIL_MARK = 'pip.tessaract';
/** The phone's ten digits, allowing the usual separators between them. */
const PHONE_PATTERN = new RegExp('4155550142'.split('').join('[\\s().\\-/]{0,2}'));
const NAME_MARKS = [CANARY.firstName.toLowerCase(), CANARY.lastName.toLowerCase()];
const TOKEN_MARK = 'fzcanarytoken';

/** Percent-decodes what decodes, leaving malformed escapes as they are. */
export function lenientDecode(text: string): string {
  return text.replace(/(%[0-9a-fA-F]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}

function views(text: string): string[] {
  const once = lenientDecode(text);
  const twice = lenientDecode(once);
  const out = [text, once, twice, twice.replace(/\+/g, ' ')].map((v) => v.toLowerCase());
  return [...new Set(out)];
}

/** The canaries found in a text, in any of the spellings above. */
export function canariesIn(text: string): CanaryName[] {
  if (text.length === 0) return [];
  const found = new Set<CanaryName>();
  for (const view of views(text)) {
    if (view.includes(EMAIL_MARK)) found.add('email');
    if (PHONE_PATTERN.test(view)) found.add('phone');
    if (NAME_MARKS.some((mark) => view.includes(mark))) found.add('name');
    if (view.includes(TOKEN_MARK)) found.add('token');
  }
  return [...found];
}

/** Text planted in request input to see whether a response repeats it (markup, as an attacker sends). */
export const REFLECTION_MARK = 'fzReflect';
export const REFLECTION_PAYLOADS = [
  `<img src=x onerror=${REFLECTION_MARK}()>`, `"><script>${REFLECTION_MARK}</script>`, `${REFLECTION_MARK}`,
  `javascript:${REFLECTION_MARK}//`, `{{${REFLECTION_MARK}}}`,
] as const;

export function reflectsIn(text: string): boolean {
  return views(text).some((view) => view.includes(REFLECTION_MARK.toLowerCase()));
}
