/**
 * Why values were left out or changed, for the log: each reason once, in the order found (main.ts logs
 * them). A reason names the field and the rule, never the value.
 */
export function note(notes: string[], message: string): void {
  if (notes.indexOf(message) === -1) notes.push(message);
}
