/**
 * Debug logging: the logging permission is limited to debug environments (Preview mode), so nothing
 * reaches a visitor's console. Outside them the tag does no logging work: queryPermission('logging')
 * answers false there (https://developers.google.com/tag-platform/tag-manager/templates/permissions#logging),
 * asked once per fire, and logToConsole is never required or called. Callers pass only non-personal
 * values: raw email or IDs are never logged. README, "The tag's debug log", lists every line.
 */
import type { WebApis } from '../../../gtm-sandbox/types/web';

declare function require<N extends keyof WebApis>(name: N): WebApis[N];

/** Whether this fire logs (asked once: the code runs afresh for every fire). */
let permitted: boolean | undefined;

export function log(message: string): void {
  if (permitted === undefined) permitted = require('queryPermission')('logging');
  if (permitted) require('logToConsole')('[Pinterest Tag] ' + message);
}
