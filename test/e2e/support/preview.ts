import type { Locator, Page } from "playwright-core";
import { collectPageErrors, launchBrowser, type Browser } from "./browser";
import { openPane } from "./pane";
import { serveDist, type Served } from "./server";

/** The preview pane as a test meets it. Read its fields inside a test or hook: each test gets a new tab. */
export interface PaneTab {
  /** A new tab on taskpane.html, already interactive when the test starts; closed after it. */
  readonly page: Page;
  /** Where dist/ is served, e.g. http://localhost:41234 (no trailing slash). */
  readonly url: string;
  /** What the tab logged as an error, got as an HTTP error or threw, so far. */
  readonly errors: readonly string[];
  /** The portfolio's grid of contracts. */
  contracts(): Locator;
  /** A row of that grid, by its accessible name (the contract's title and what the row shows). */
  row(title: string | RegExp): Locator;
}

/**
 * Registers an e2e file's hooks: dist/ served and Chromium launched once for the file, the pane opened in a
 * new tab before each test, and after each test the tab closed and the test failed if the page logged an
 * error, got an HTTP error or threw. Call it once, at the top level of the test file. With `open: false`
 * each test gets a blank tab and opens the pane itself (after routing requests its own way), and checks
 * `errors` itself.
 */
export function paneForEachTest({ open = true }: { readonly open?: boolean } = {}): PaneTab {
  let served: Served;
  let browser: Browser;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    served = await serveDist();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await served?.stop();
  });

  beforeEach(async () => {
    page = await browser.context.newPage();
    pageErrors = collectPageErrors(page);
    if (open) await openPane(page, served.url);
  });

  afterEach(async () => {
    await page.close();
    if (open) expect(pageErrors).toEqual([]);
  });

  const contracts = () => page.getByRole("grid", { name: /Contracts/ });
  return {
    get page() {
      return page;
    },
    get url() {
      return served.url;
    },
    get errors() {
      return pageErrors;
    },
    contracts,
    row: (title) => contracts().getByRole("row", { name: title }),
  };
}
