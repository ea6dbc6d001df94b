/** The audit keeps Chromium's sandbox unless it runs as root or is told not to, and says so when it does not. */
import { sandboxChoice } from '../../verify/audit/browser';

test('the sandbox stays on for a normal user; off as root or with PINTEREST_GTM_NO_SANDBOX=1, with the reason', () => {
  expect(sandboxChoice({}, 1000)).toEqual({ sandbox: true });
  expect(sandboxChoice({ PINTEREST_GTM_NO_SANDBOX: '0' }, 1000)).toEqual({ sandbox: true });
  expect(sandboxChoice({}, 0)).toEqual({ sandbox: false, reason: expect.stringContaining('the audit runs as root') });
  expect(sandboxChoice({ PINTEREST_GTM_NO_SANDBOX: '1' }, 1000)).toEqual({ sandbox: false, reason: expect.stringContaining('PINTEREST_GTM_NO_SANDBOX=1') });
  expect(sandboxChoice({}, null)).toEqual({ sandbox: true }); // no getuid (Windows): Chromium decides
});
