import type { Page } from "playwright-core";
import { SAMPLE_COUNT } from "../../src/domain/sample-contracts";
import { collectPageErrors, launchBrowser, type Browser } from "./support/browser";
import { overflowsSideways, shootAndCheck } from "./support/checks";
import { openPane } from "./support/pane";
import { serveDist, type Served } from "./support/server";

// The production build in Debian's Chromium with the real office.js: outside Office it reports no
// host, so the pane runs as the preview on the in-memory workbook seeded with the samples.

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
  await openPane(page, served.url);
});

afterEach(async () => {
  await page.close();
  expect(pageErrors).toEqual([]);
});

const contracts = () => page.getByRole("grid", { name: /Contracts/ });
const row = (title: string | RegExp) => contracts().getByRole("row", { name: title });

describe("the preview in a real browser", () => {
  it("opens on the portfolio of samples, says it is a preview, and answers at once", async () => {
    await expect(page.getByText("Preview: not connected to Excel").isVisible()).resolves.toBe(true);
    // Seeding went through the real store: no error sits under the banner (its text would show here).
    const notices = await page.getByRole("region", { name: "Notices" }).innerText();
    expect(notices).not.toMatch(/attention|refused|could not|not found|damaged/i);
    await expect(contracts().getByRole("row").count()).resolves.toBe(SAMPLE_COUNT);
    await expect(page.getByText(/Review overdue/).first().isVisible()).resolves.toBe(true);
    // How long opening takes is measured by `npm run bench pane` (issue 4's 1.5 s budget), not asserted here:
    // a timed test fails on a busy CI machine and says nothing on a fast one.
    // Interactive means it answers: the search filters at once.
    await page.getByRole("searchbox", { name: "Search contracts" }).fill("pricing");
    await expect(contracts().getByRole("row").count()).resolves.toBe(1);
  });

  it("never scrolls sideways at 270 px", async () => {
    await page.setViewportSize({ width: 270, height: 600 });
    await expect(overflowsSideways(page)).resolves.toBe(false);
    await page.getByRole("button", { name: /Filter and sort/ }).click();
    await expect(overflowsSideways(page)).resolves.toBe(false);
  });
});
