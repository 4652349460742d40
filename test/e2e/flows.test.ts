import type { Page } from "playwright-core";
import { collectPageErrors, launchBrowser, type Browser } from "./support/browser";
import { openPane } from "./support/pane";
import { serveDist, type Served } from "./support/server";

// Building and reviewing contracts through the editor and review views, in the preview, the way a
// newcomer would: by the controls' accessible names.

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
const figure = (term: string) => page.locator("dt", { hasText: term }).locator("xpath=following-sibling::dd");

/** Opens a section of the editor's accordion if it is closed. */
async function openSection(title: string): Promise<void> {
  const header = page.getByRole("button", { name: new RegExp(`^${title}`) });
  if ((await header.getAttribute("aria-expanded")) !== "true") await header.click();
}

async function newContract(title: string): Promise<void> {
  await page.getByRole("button", { name: "New", exact: true }).click();
  await page.getByRole("textbox", { name: "Title" }).fill(title);
}

async function save(): Promise<void> {
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await contracts().waitFor();
}

describe("contracts in the preview", () => {
  it("creates a contract, edits it, records a review, and the portfolio follows", async () => {
    const before = await figure("Realised value").textContent();

    await newContract("Picking route assistant");
    await openSection("Value components");
    await page.getByRole("textbox", { name: "Incremental revenue" }).fill("250k");
    await save();
    await expect(row(/Picking route assistant/).getByText("250,000").isVisible()).resolves.toBe(true);
    await expect(figure("Realised value").textContent()).resolves.not.toBe(before);

    await row(/Picking route assistant/).getByText("Picking route assistant").click();
    await openSection("Full economic cost");
    await page.getByRole("textbox", { name: "Technology cost" }).fill("50k");
    await save();
    await expect(row(/Picking route assistant/).getByText("200,000").isVisible()).resolves.toBe(true);

    // The overdue service desk sample: a review with Expand clears the badge and expands the contract.
    const serviceDesk = row(/Service desk assistant/);
    await expect(serviceDesk.getByText("Review overdue").isVisible()).resolves.toBe(true);
    await serviceDesk.getByRole("button", { name: /^Record review/ }).click();
    await page.getByRole("textbox", { name: "Reviewer" }).fill("CFO office");
    await page.getByRole("checkbox", { name: /^Operational/ }).check();
    await page.getByRole("combobox", { name: "Decision" }).selectOption("Expand");
    await page.getByRole("textbox", { name: "Rationale" }).fill("Calls per agent up 14%; hiring plan cut by four.");
    await page.getByRole("button", { name: "Save review" }).click();
    await contracts().waitFor();
    await expect(serviceDesk.getByText("Review overdue").count()).resolves.toBe(0);
    await expect(serviceDesk.getByText(/Expanding/).isVisible()).resolves.toBe(true);
  });

  it("keeps a title that begins with = as text", async () => {
    await newContract("=SUM(1,2)");
    await save();
    await expect(row(/=SUM\(1,2\)/).getByText("=SUM(1,2)", { exact: true }).isVisible()).resolves.toBe(true);
    await row(/=SUM\(1,2\)/).getByText("=SUM(1,2)").click();
    await expect(page.getByRole("textbox", { name: "Title" }).inputValue()).resolves.toBe("=SUM(1,2)");
  });

  it("refuses an Active contract without its required parts, naming them and keeping the typing", async () => {
    await newContract("Half-finished");
    await page.getByRole("combobox", { name: "Status" }).selectOption("Active");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByText(/Enterprise outcome is required for an Active contract/).first().isVisible()).resolves.toBe(true);
    await expect(page.getByRole("textbox", { name: "Title" }).inputValue()).resolves.toBe("Half-finished");
    await expect(contracts().count()).resolves.toBe(0);
  });
});
