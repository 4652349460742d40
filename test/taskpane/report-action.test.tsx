import { screen } from "@testing-library/react";
import { createMemoryExcel } from "../../src/memory-excel";
import { PortfolioView } from "../../src/taskpane/portfolio/PortfolioView";
import { reportMessage } from "../../src/taskpane/portfolio/ReportAction";
import type { ContractStore } from "../../src/workbook/contract-store";
import { createContractStore } from "../../src/workbook/excel-contract-store";
import { fourContracts } from "./support/portfolio-data";
import { renderPane } from "./support/render";
import { TODAY, workbookWith } from "./support/store";

// The portfolio's "Refresh report" button: keyboard reachable, busy while Excel works, then the outcome (the real
// store over the in-memory Excel, no mocks).

function renderPortfolio(store: ContractStore) {
  return renderPane(<PortfolioView store={store} today={TODAY} focusKey={null} onOpen={jest.fn()} onReview={jest.fn()} onNew={jest.fn()} onOpenSetup={jest.fn()} />);
}

describe("Refresh report", () => {
  it("is reached by keyboard, shows progress, then how many charts it drew, and keeps focus", async () => {
    const { store, excel } = await workbookWith(fourContracts());
    // The first refresh waits at a gate, so the busy state can be seen.
    let open = (): void => undefined;
    const gate = new Promise<void>((resolve) => {
      open = resolve;
    });
    let first = true;
    const gated = new Proxy(store, {
      get(target, property, receiver) {
        if (property !== "refreshReport") return Reflect.get(target, property, receiver) as unknown;
        return async () => {
          if (first) await gate;
          first = false;
          return target.refreshReport();
        };
      },
    });
    const { user } = renderPortfolio(gated);
    const button = await screen.findByRole("button", { name: "Refresh report" });
    button.focus();
    await user.keyboard("{Enter}");
    expect(await screen.findByRole("button", { name: "Refreshing report..." })).toBeTruthy();
    open();
    expect(await screen.findByText(/^Report refreshed: 10 charts\. Created sheet "AIVM Report"/)).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Refresh report" }));
    expect(excel.workbook.sheet("AIVM Report").charts()).toHaveLength(10);

    await user.keyboard("{Enter}");
    expect(await screen.findByText(/^Report refreshed: 10 charts\. Updated sheet "AIVM Report"/)).toBeTruthy();
    expect(excel.workbook.sheet("AIVM Report").charts()).toHaveLength(10);
  });

  it("says which charts fell back to a clustered column", async () => {
    const excel = createMemoryExcel({ chartTypes: "1.8" });
    const store = createContractStore(excel.run, undefined, { supportsChartType: (type) => type !== "Waterfall" });
    const { user } = renderPane(<PortfolioView store={store} today={TODAY} focusKey={null} onOpen={jest.fn()} onReview={jest.fn()} onNew={jest.fn()} onOpenSetup={jest.fn()} />);
    await user.click(await screen.findByRole("button", { name: "Insert sample contracts" }));
    await user.click(await screen.findByRole("button", { name: "Refresh report" }));
    expect(await screen.findByText(/The value bridge \(realised\) is a clustered column chart: this Excel has no waterfall charts\. The value bridge \(planned\) is a clustered column chart/)).toBeTruthy();
  });

  it("shows the store's error when a table is missing", async () => {
    const { store, excel } = await workbookWith(fourContracts());
    const { user } = renderPortfolio(store);
    const button = await screen.findByRole("button", { name: "Refresh report" });
    excel.workbook.table("ValueLedger").convertToRangeDirect();
    await user.click(button);
    expect(await screen.findByText(/There is no table ValueLedger in this workbook yet/)).toBeTruthy();
    expect(excel.workbook.hasSheet("AIVM Report")).toBe(false);
  });

  it("words a summary whose J-curve left periods out", () => {
    const message = reportMessage({ sheet: "AIVM Report", sheetCreated: false, created: [], updated: ["a", "b"], fallbacks: [], periods: 60, periodsLeftOut: 4 });
    expect(message).toBe(
      'Report refreshed: 2 charts. Updated sheet "AIVM Report"; its figures are formulas that stay live without AIVM. The J-curve shows the latest 60 periods; the 4 before them still count in its sums.',
    );
  });
});
