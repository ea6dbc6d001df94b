/**
 * Exceptions and timeouts: a fire that throws (in its code, a callback, or a permission check), and a
 * tag that never calls gtmOnSuccess or gtmOnFailure (GTM waits, then counts it as timed out), or a client
 * that claims a request and never answers it.
 */
import type { Fire } from '../sandbox-run';
import { classOf, finding, type Finding } from './finding';

/**
 * gtm-sandbox's permission messages read "<api>: the template's <permission> permission does not allow
 * <what> to <value>"; the class ends before the value (docs/emulator-fidelity.md, permission messages).
 */
function exceptionClass(error: string): string {
  const permission = /^(.*? permission does not allow .*?(?: to| from|:))\s/.exec(error);
  return permission ? `${classOf(permission[1])} …` : classOf(error);
}

export function outcomeFindings(label: string, fire: Fire): Finding[] {
  if (fire.result === 'exception') return [finding('exception', `${label} threw: ${exceptionClass(fire.error ?? '')}`, `${label}: ${fire.error ?? ''}`)];
  if (fire.result === 'timeout') return [finding('timeout', `${label} never completed`, `${label}: neither gtmOnSuccess nor gtmOnFailure (a client: no response) after every callback ran`)];
  return [];
}
