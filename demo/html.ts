/**
 * Putting data into the demo's HTML safely. Text and attribute values: HTML-escaped. Data inlined in a
 * <script>: JSON with <, >, & and the two JavaScript-only line terminators as \u escapes, so that no
 * value can end the script element ("</script>") or open a comment ("<!--")
 * (https://html.spec.whatwg.org/multipage/scripting.html#restrictions-for-contents-of-script-elements).
 */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function scriptJson(value: unknown): string {
  return (JSON.stringify(value) ?? 'undefined').replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
