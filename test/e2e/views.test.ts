import { readFileSync } from "node:fs";
import path from "node:path";
import { bundleReport, KiB } from "./support/bundle";
import { overflowsSideways, shootAndCheck } from "./support/checks";
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

  it("editor with a range: Low, Likely and High in one row at 270 px, no sideways scroll", async () => {
    await pane.page.getByRole("button", { name: "New", exact: true }).click();
    await pane.page.getByRole("button", { name: /Value components/ }).click();
    await pane.page.getByRole("switch", { name: "Range for Capacity value" }).click();
    const range = pane.page.getByRole("group", { name: "Capacity value range" });
    await range.getByRole("textbox", { name: "Low" }).waitFor();
    await pane.page.setViewportSize({ width: 270, height: 600 });
    // The layout after the resize, once it has settled: two animation frames with the same places (a clean-clone run
    // once measured mid-reflow under load).
    const tops = async () => Promise.all(["Low", "Likely", "High"].map(async (name) => (await range.getByRole("textbox", { name }).boundingBox())?.y ?? NaN));
    await pane.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    let settled = await tops();
    for (let tries = 0; tries < 20; tries++) {
      await pane.page.waitForTimeout(50);
      const now = await tops();
      if (now.every((top, i) => top === settled[i])) break;
      settled = now;
    }
    expect(new Set(settled).size).toBe(1);
    expect(await overflowsSideways(pane.page)).toBe(false);
    await range.getByRole("textbox", { name: "Low" }).fill("900k");
    await range.getByRole("textbox", { name: "High" }).fill("800k");
    await range.getByRole("textbox", { name: "High" }).blur();
    await pane.page.getByText(/is above High/).waitFor();
    expect(await overflowsSideways(pane.page)).toBe(false);
    await range.scrollIntoViewIfNeeded();
    await expect(shootAndCheck(pane.page, "editor-range")).resolves.toEqual([]);
  });

  it("editor with a loss exposure: boxes three to a row, curve and sentence at 270 px, no sideways scroll", async () => {
    await pane.page.getByRole("button", { name: "New", exact: true }).click();
    await pane.page.getByRole("button", { name: /Value components/ }).click();
    await pane.page.getByRole("switch", { name: "Loss exposure for Avoided loss" }).click();
    const loss = pane.page.getByRole("group", { name: "Loss exposure" });
    const figures: readonly (readonly [string, readonly string[]])[] = [
      ["Frequency without", ["0.5", "1", "2"]],
      ["Impact without", ["50k", "150k", "600k"]],
      ["Frequency with", ["0.2", "0.5", "1.2"]],
    ];
    for (const [name, values] of figures) {
      const side = loss.getByRole("group", { name, exact: true });
      for (const [index, part] of ["Low", "Likely", "High"].entries()) await side.getByRole("textbox", { name: part, exact: true }).fill(values[index] ?? "");
    }
    await pane.page.getByText(/^The model avoids about/).waitFor();
    await pane.page.setViewportSize({ width: 270, height: 600 });
    const side = loss.getByRole("group", { name: "Impact without", exact: true });
    const tops = await Promise.all(["Low", "Likely", "High"].map(async (name) => (await side.getByRole("textbox", { name, exact: true }).boundingBox())?.y ?? NaN));
    expect(new Set(tops).size).toBe(1);
    expect(await overflowsSideways(pane.page)).toBe(false);
    await loss.getByRole("img", { name: /annual loss exceeds/ }).scrollIntoViewIfNeeded();
    await expect(shootAndCheck(pane.page, "editor-loss")).resolves.toEqual([]);
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
