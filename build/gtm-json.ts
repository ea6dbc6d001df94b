/**
 * JSON as GTM's exporter writes it (Gson): two-space indent and `< > & = '` escaped as \u003c etc.
 * Writing the same bytes keeps a template exported back from GTM's editor diff-free.
 */
const GSON_ESCAPES: Readonly<Record<string, string>> = {
  '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '=': '\\u003d', "'": '\\u0027',
};

export function toGtmJson(value: unknown): string {
  // These characters only occur inside JSON strings, so a text replacement is exact.
  return JSON.stringify(value, null, 2).replace(/[<>&=']/g, (c) => GSON_ESCAPES[c]);
}
