/**
 * Debug logging: the logging permission is limited to debug environments (Preview mode), so nothing
 * reaches a visitor's console. Callers pass only non-personal values: raw email or IDs are never logged.
 */
import { logToConsole } from '../../../gtm-sandbox/import/web';

export function log(message: string, detail?: unknown): void {
  if (detail === undefined) logToConsole('[Pinterest Tag] ' + message);
  else logToConsole('[Pinterest Tag] ' + message, detail);
}
