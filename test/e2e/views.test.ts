import { readFileSync } from "node:fs";
import path from "node:path";
import { bundleReport, KiB } from "./support/bundle";
import { shootAndCheck } from "./support/checks";
import { openPane } from "./support/pane";
import { paneForEachTest } from "./support/preview";
import { DIST } from "./support/server";

// Every view at 320 and 270 px: a screenshot in test-artifacts/ and zero serious or critical axe
// violations. Then what the first load costs, and what it does not download.

const pane = paneForEachTest();
const { contracts } = pane;

describe("each view, accessible and captured at pane widths", () => {
  it("portfolio", async () => {
    await expect(shootAndCheck(pane.page, "portfolio")).resolves.toEqual([]);
    await pane.page.getByRole("button", { name: /Filter and sort/ }).click();
    await expect(shootAndCheck(pane.page, "portfolio-filters")).resolves.toEqual([]);
  });

  it("portfolio in the dark theme (outside Office it follows prefers-color-scheme)", async () => {
    await pane.page.emulateMedia({ colorScheme: "dark" });
    await openPane(pane.page, pane.url);
    await expect(shootAndCheck(pane.page, "portfolio-dark")).resolves.toEqual([]);
  });

  it("editor, new and with validation errors", async () => {
    await pane.page.getByRole("button", { name: "New", exact: true }).click();
    await pane.page.getByRole("textbox", { name: "Title" }).waitFor();
    await expect(shootAndCheck(pane.page, "editor")).resolves.toEqual([]);
    await pane.page.getByRole("combobox", { name: "Status" }).selectOption("Active");
    await pane.page.getByRole("button", { name: "Save", exact: true }).click();
    await pane.page.getByText(/is required for an Active contract/).first().waitFor();
    await expect(shootAndCheck(pane.page, "editor-errors")).resolves.toEqual([]);
  });

  it("review", async () => {
    await contracts().getByRole("row").first().getByRole("button", { name: /^Record review/ }).click();
    await pane.page.getByRole("textbox", { name: "Reviewer" }).waitFor();
    await expect(shootAndCheck(pane.page, "review")).resolves.toEqual([]);
  });

  it("value ledger: figures, J-curve and Record actuals", async () => {
    // The churn sample: early costs, then benefits that pay the investment back, so the chart shows a J.
    await contracts().getByRole("row", { name: /Early warning of key-account churn/ }).getByRole("button", { name: /^Value ledger/ }).click();
    await pane.page.getByRole("img", { name: /^J-curve over/ }).waitFor();
    await expect(shootAndCheck(pane.page, "ledger")).resolves.toEqual([]);
    await pane.page.getByText("Figures by period").click();
    await pane.page.getByRole("textbox", { name: /Actual$/ }).first().fill("not a number");
    await pane.page.getByRole("button", { name: "Record actuals" }).click();
    await pane.page.getByText(/actual must be a number/).first().waitFor();
    await expect(shootAndCheck(pane.page, "ledger-errors")).resolves.toEqual([]);
  });

  it("setup", async () => {
    await pane.page.getByRole("button", { name: "Setup" }).click();
    await pane.page.getByText("All well").waitFor();
    await expect(shootAndCheck(pane.page, "setup")).resolves.toEqual([]);
  });
});

describe("first load", () => {
  it("fits the budget: the pane's first script is at most 200 KiB gzip", () => {
    const taskpane = bundleReport().initial.find((file) => file.file === "taskpane.js");
    expect(taskpane).toBeDefined();
    expect((taskpane?.gzip ?? Infinity) / KiB).toBeLessThanOrEqual(200);
  });

  it("keeps the in-memory Excel, the editor, the review, the ledger, setup and the uncertainty figures out of the first script", () => {
    const first = readFileSync(path.join(DIST, "taskpane.js"), "utf8");
    // Names that exist only in those modules' source (class names and messages survive minification).
    for (const marker of ["MemoryExcelError", "Save review", "Check the workbook", "Preparing a new contract", "Figures by period", "How uncertain the portfolio is"]) {
      expect({ marker, inFirstScript: first.includes(marker) }).toEqual({ marker, inFirstScript: false });
    }
  });
});
