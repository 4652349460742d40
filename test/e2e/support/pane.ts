import type { Page } from "playwright-core";

/** The performance mark the pane sets once the portfolio first shows its contracts. */
export const INTERACTIVE_MARK = "aivm:portfolio-interactive";

/**
 * Opens the pane (taskpane.html, optionally with a query string) and waits until the portfolio is
 * interactive. Resolves to the milliseconds from navigation start to that moment.
 */
export async function openPane(page: Page, baseUrl: string, query = ""): Promise<number> {
  await page.goto(`${baseUrl}/taskpane.html${query}`);
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, INTERACTIVE_MARK, { timeout: 20_000 });
  return page.evaluate((mark) => performance.getEntriesByName(mark)[0]?.startTime ?? Number.NaN, INTERACTIVE_MARK);
}
