/** Character sets the Conversions API tag's rules test against with indexOf (written once, shared by the rules). */
export const DIGITS = '0123456789';
export const LOWER = 'abcdefghijklmnopqrstuvwxyz';
