/**
 * Requests that are not visitors: GTM's uptime checks and the synthetic hits of Google's server-side
 * tagging health monitoring (page gtm-msr.appspot.com), which must never reach Pinterest.
 */
import { toText } from '../../../pinterest/values';

export function isHealthCheck(event: Record<string, unknown>): boolean {
  const page = toText(event.page_location) ?? '';
  const agent = toText(event.user_agent) ?? '';
  return page.indexOf('gtm-msr.appspot.com') !== -1 || agent.indexOf('GoogleStackdriverMonitoring') !== -1 || agent.indexOf('Google-Cloud-Scheduler') !== -1;
}
