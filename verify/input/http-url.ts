/**
 * Whether text is an http(s) URL with a dotted host and no whitespace, read by the WHATWG URL parser
 * (https://url.spec.whatwg.org/) in time linear in its length, never by a backtracking pattern: a 60 KB
 * "link" of dots made the former pattern take seconds. Longer text than `maxLength` is refused unread.
 */
export function isHttpUrl(text: string, options: { httpsOnly?: boolean; maxLength?: number } = {}): boolean {
  if (text.length > (options.maxLength ?? 8192)) return false;
  // The parser drops tabs and line breaks and trims spaces; a URL in a feed or a file has none.
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) <= 0x20 || text.charCodeAt(i) === 0x7f) return false;
  let url: URL;
  try { url = new URL(text); } catch { return false; }
  const schemes = options.httpsOnly ? ['https:'] : ['http:', 'https:'];
  return schemes.includes(url.protocol) && url.hostname.includes('.') && !url.hostname.startsWith('.') && !url.hostname.endsWith('.');
}
