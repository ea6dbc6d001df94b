/**
 * Why values were left out or changed: each reason is logged once, in the order found. A reason names the
 * field and the rule, never the value.
 */
export type Note = (message: string) => void;
