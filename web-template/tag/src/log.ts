/**
 * Debug logging: the logging permission is limited to debug environments (Preview mode), so nothing
 * reaches a visitor's console. Outside them the tag does no logging work at all: queryPermission('logging')
 * answers false there (https://developers.google.com/tag-platform/tag-manager/templates/permissions#logging),
 * asked once per fire, and logToConsole is never required or called. Callers pass only non-personal
 * values: raw email or IDs are never logged; a line that costs work to build is built after `logging()`.
 */
import type { WebApis } from '../../../gtm-sandbox/types/web';

declare function require<N extends keyof WebApis>(name: N): WebApis[N];

let permitted: boolean | undefined;

/** Whether this fire logs (asked once: the code runs afresh for every fire). */
export function logging(): boolean {
  if (permitted === undefined) permitted = require('queryPermission')('logging');
  return permitted;
}

export function log(message: string): void {
  if (logging()) require('logToConsole')('[Pinterest Tag] ' + message);
}
