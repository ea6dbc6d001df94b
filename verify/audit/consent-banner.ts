/**
 * `--consent accept|reject`: clicks the consent banner's button like a visitor. Known consent tools by
 * the element ids they render (OneTrust, Cookiebot, Didomi), else a visible button or link whose whole
 * label is a usual accept or reject wording. A banner the audit cannot find is reported
 * (consent-banner-not-found); a journey can click any banner explicitly instead.
 */
import type { Locator, Page } from 'playwright-core';

export type ConsentChoice = 'accept' | 'reject';

const SELECTORS: Record<ConsentChoice, string[]> = {
  accept: ['#onetrust-accept-btn-handler', '#CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll', '#CybotCookiebotDialogBodyButtonAccept', '#didomi-notice-agree-button'],
  reject: ['#onetrust-reject-all-handler', '#CybotCookiebotDialogBodyButtonDecline', '#didomi-notice-disagree-button'],
};
const LABELS: Record<ConsentChoice, RegExp> = {
  accept: /^\s*(accept|accept all|accept cookies|accept all cookies|allow all|allow cookies|allow all cookies|i agree|agree|alle akzeptieren|tout accepter|aceptar todo|accetta tutto)\s*$/i,
  reject: /^\s*(reject|reject all|reject cookies|reject all cookies|decline|decline all|deny|deny all|refuse|refuse all|only necessary|necessary only|alle ablehnen|tout refuser|rechazar todo|rifiuta tutto)\s*$/i,
};

function candidates(page: Page, choice: ConsentChoice): Locator[] {
  return [
    ...SELECTORS[choice].map((s) => page.locator(s)),
    page.getByRole('button', { name: LABELS[choice] }),
    page.getByRole('link', { name: LABELS[choice] }),
  ];
}

/** Clicks the first visible button for the choice, waiting up to `waitMs` for a banner to appear. */
export async function clickConsent(page: Page, choice: ConsentChoice, waitMs: number): Promise<boolean> {
  const until = Date.now() + waitMs;
  for (;;) {
    for (const locator of candidates(page, choice)) {
      const first = locator.first();
      if (await first.isVisible().catch(() => false)) {
        await first.click({ timeout: 5000 });
        return true;
      }
    }
    if (Date.now() >= until) return false;
    await page.waitForTimeout(250);
  }
}
