import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { collectPageErrors, launchBrowser, type Browser } from "./support/browser";
import { bundleReport, KiB } from "./support/bundle";
import { shootAndCheck } from "./support/checks";
import { openPane } from "./support/pane";
import { DIST, serveDist, type Served } from "./support/server";

// Every view at 320 and 270 px: a screenshot in test-artifacts/ and zero serious or critical axe
// violations. Then what the first load costs, and what it does not download.

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

describe("each view, accessible and captured at pane widths", () => {
  it("portfolio", async () => {
    await expect(shootAndCheck(page, "portfolio")).resolves.toEqual([]);
    await page.getByRole("button", { name: /Filter and sort/ }).click();
    await expect(shootAndCheck(page, "portfolio-filters")).resolves.toEqual([]);
  });

  it("portfolio in the dark theme (outside Office it follows prefers-color-scheme)", async () => {
    await page.emulateMedia({ colorScheme: "dark" });
    await openPane(page, served.url);
    await expect(shootAndCheck(page, "portfolio-dark")).resolves.toEqual([]);
  });

  it("editor, new and with validation errors", async () => {
    await page.getByRole("button", { name: "New", exact: true }).click();
    await page.getByRole("textbox", { name: "Title" }).waitFor();
    await expect(shootAndCheck(page, "editor")).resolves.toEqual([]);
    await page.getByRole("combobox", { name: "Status" }).selectOption("Active");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByText(/is required for an Active contract/).first().waitFor();
    await expect(shootAndCheck(page, "editor-errors")).resolves.toEqual([]);
  });

  it("review", async () => {
    await contracts().getByRole("row").first().getByRole("button", { name: /^Record review/ }).click();
    await page.getByRole("textbox", { name: "Reviewer" }).waitFor();
    await expect(shootAndCheck(page, "review")).resolves.toEqual([]);
  });

  it("setup", async () => {
    await page.getByRole("button", { name: "Setup" }).click();
    await page.getByText("All well").waitFor();
    await expect(shootAndCheck(page, "setup")).resolves.toEqual([]);
  });
});

describe("first load", () => {
  it("fits the budget: the pane's first script is at most 200 KiB gzip", () => {
    const taskpane = bundleReport().initial.find((file) => file.file === "taskpane.js");
    expect(taskpane).toBeDefined();
    expect((taskpane?.gzip ?? Infinity) / KiB).toBeLessThanOrEqual(200);
  });

  it("keeps the in-memory Excel, the editor, the review and setup out of the first script", () => {
    const first = readFileSync(path.join(DIST, "taskpane.js"), "utf8");
    // Names that exist only in those modules' source (class names and messages survive minification).
    for (const marker of ["MemoryExcelError", "Save review", "Check the workbook", "Preparing a new contract"]) {
      expect({ marker, inFirstScript: first.includes(marker) }).toEqual({ marker, inFirstScript: false });
    }
  });
});
