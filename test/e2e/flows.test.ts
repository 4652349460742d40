import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { REPORT_CHART_COUNT } from "../../src/workbook/report-layout";
import { shootAndCheck } from "./support/checks";
import { paneForEachTest } from "./support/preview";

// Building and reviewing contracts through the editor and review views, in the preview, the way a
// newcomer would: by the controls' accessible names.

const pane = paneForEachTest();
const { contracts, row } = pane;
/** The headline's line for Draft contracts, shown apart from the live figures. */
const draftLine = () => pane.page.getByText(/^Draft: /);

/** Opens a section of the editor's accordion if it is closed. */
async function openSection(title: string): Promise<void> {
  const header = pane.page.getByRole("button", { name: new RegExp(`^${title}`) });
  if ((await header.getAttribute("aria-expanded")) !== "true") await header.click();
}

async function newContract(title: string): Promise<void> {
  await pane.page.getByRole("button", { name: "New", exact: true }).click();
  await pane.page.getByRole("textbox", { name: "Title" }).fill(title);
}

async function save(): Promise<void> {
  await pane.page.getByRole("button", { name: "Save", exact: true }).click();
  await contracts().waitFor();
}

describe("contracts in the preview", () => {
  it("creates a contract, edits it, records a review, and the portfolio follows", async () => {
    const before = await draftLine().textContent();

    // A new contract is a Draft: its plan shows apart from the live figures. Revenue counts at its margin.
    await newContract("Picking route assistant");
    await openSection("Value components");
    await pane.page.getByRole("textbox", { name: "Incremental revenue" }).fill("250k");
    await pane.page.getByRole("textbox", { name: "Revenue margin" }).fill("100%");
    await save();
    await expect(row(/Picking route assistant/).getByText("250,000").isVisible()).resolves.toBe(true);
    await expect(draftLine().textContent()).resolves.not.toBe(before);

    await row(/Picking route assistant/).getByText("Picking route assistant").click();
    await openSection("Full economic cost");
    await pane.page.getByRole("textbox", { name: "Technology cost" }).fill("50k");
    await save();
    await expect(row(/Picking route assistant/).getByText("200,000").isVisible()).resolves.toBe(true);

    // The overdue service desk sample: a review with Expand clears the badge and expands the contract.
    const serviceDesk = row(/Service desk assistant/);
    await expect(serviceDesk.getByText("Review overdue").isVisible()).resolves.toBe(true);
    await serviceDesk.getByRole("button", { name: /^Record review/ }).click();
    await pane.page.getByRole("textbox", { name: "Reviewer" }).fill("CFO office");
    await pane.page.getByRole("checkbox", { name: /^Operational/ }).check();
    await pane.page.getByRole("combobox", { name: "Decision" }).selectOption("Expand");
    await pane.page.getByRole("textbox", { name: "Rationale" }).fill("Calls per agent up 14%; hiring plan cut by four.");
    await pane.page.getByRole("button", { name: "Save review" }).click();
    await contracts().waitFor();
    await expect(serviceDesk.getByText("Review overdue").count()).resolves.toBe(0);
    await expect(serviceDesk.getByText(/Expanding/).isVisible()).resolves.toBe(true);
  });

  it("keeps a title that begins with = as text", async () => {
    await newContract("=SUM(1,2)");
    await save();
    await expect(row(/=SUM\(1,2\)/).getByText("=SUM(1,2)", { exact: true }).isVisible()).resolves.toBe(true);
    await row(/=SUM\(1,2\)/).getByText("=SUM(1,2)").click();
    await expect(pane.page.getByRole("textbox", { name: "Title" }).inputValue()).resolves.toBe("=SUM(1,2)");
  });

  it("refuses an Active contract without its required parts, naming them and keeping the typing", async () => {
    await newContract("Half-finished");
    await pane.page.getByRole("combobox", { name: "Status" }).selectOption("Active");
    await pane.page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(pane.page.getByText(/Enterprise outcome is required for an Active contract/).first().isVisible()).resolves.toBe(true);
    await expect(pane.page.getByRole("textbox", { name: "Title" }).inputValue()).resolves.toBe("Half-finished");
    await expect(contracts().count()).resolves.toBe(0);
  });
});

describe("the preview's workbook as a file", () => {
  it("downloads the samples and the refreshed report as AIVM preview.xlsx", async () => {
    const { page } = pane;
    await page.getByRole("button", { name: "Refresh report" }).click();
    await page.getByText(/^Report refreshed: /).waitFor();

    const downloading = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download as .xlsx" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe("AIVM preview.xlsx");
    const dir = mkdtempSync(path.join(tmpdir(), "aivm-download-"));
    try {
      const file = path.join(dir, download.suggestedFilename());
      await download.saveAs(file);
      const bytes = new Uint8Array(readFileSync(file));

      // Read by exceljs, a reader independent of our writer: the four tables, the 8 samples under the header.
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(bytes.slice().buffer);
      const tableSheet = (name: string) => book.worksheets.find((sheet) => sheet.getTable(name) !== undefined);
      for (const name of ["ValueContracts", "ValueReviews", "ValueLedger", "AIVMSettings"]) expect({ name, found: tableSheet(name) !== undefined }).toEqual({ name, found: true });
      const contracts = tableSheet("ValueContracts");
      expect(JSON.stringify(contracts?.getTable("ValueContracts"))).toMatch(/"tableRef":"A1:[A-Z]+9"/);
      expect(contracts?.getCell("A9").value).toMatch(/^VC-/);
      expect(contracts?.getCell("A10").value ?? null).toBeNull();
      expect(book.worksheets.map((sheet) => sheet.name)).toContain("AIVM Report");
      // The report's charts: one chart part each (xl/charts/chartN.xml, ECMA-376 Part 1, 21.2).
      const charts = Object.keys(unzipSync(bytes, { filter: (entry) => /^xl\/charts\/chart\d+\.xml$/.test(entry.name) }));
      expect(charts).toHaveLength(REPORT_CHART_COUNT);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    await expect(shootAndCheck(page, "preview-download")).resolves.toEqual([]);
  });
});
