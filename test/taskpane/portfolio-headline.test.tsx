import { screen, within } from "@testing-library/react";
import { PortfolioView } from "../../src/taskpane/portfolio/PortfolioView";
import type { ActualsLine, ContractStore } from "../../src/workbook/contract-store";
import { renderPane } from "./support/render";
import { contract, TODAY, workbookWith, type TestWorkbook } from "./support/store";

/**
 * Five contracts and one quarter of ledger rows, recorded through the store, with the headline worked
 * out by hand. Planned value is the plan a year (revenue at its margin); realised to date counts a
 * benefit's actual only with Financial or Strategic evidence (revenue at its margin), less every cost's
 * actual; the other four figures are benefit actuals as measured (value-lines.ts lineClass).
 *
 *   Alpha   Active      1000 revenue x 40% - 100 tech          planned  300
 *           ledger: revenue 300 Financial (x 40% = 120 realised), tech cost 30 (-30),
 *                   capacity 50 Operational (evidenced 50)                          realised  90
 *   Bravo   Active      400 capacity - 150 tech                 planned  250
 *           ledger: capacity 80 Technical (capability 80), option 20 Financial (option 20),
 *                   avoided loss 40 without evidence (unsupported 40)               realised   0
 *   Charlie Draft       500 protected earnings - 70 data        planned  430
 *           ledger: protected earnings 100 Financial                                realised 100
 *   Delta   Terminated  200 avoided loss - 260 governance       planned  -60
 *           ledger: governance cost 45                                              realised -45
 *   Echo    Paused      90 protected earnings                   planned   90
 *           ledger: protected earnings 30 Strategic                                 realised  30
 *
 * Live (Alpha, Bravo, Echo): planned 300 + 250 + 90 = 640 (3 contracts); realised 90 + 30 = 120
 * (Alpha, Echo); evidenced 50 (Alpha); capability 80, option 20, unsupported 40 (Bravo each).
 * Draft: Charlie, planned 430, realised 100. Terminated: Delta, planned -60, realised -45.
 */
async function ledgerPortfolio(): Promise<TestWorkbook> {
  const workbook = await workbookWith([
    contract("VC-0001", { title: "Alpha pricing", incrementalRevenue: 1000, revenueMargin: 0.4, technologyCost: 100 }),
    contract("VC-0002", { title: "Bravo service", capacityValue: 400, technologyCost: 150 }),
    contract("VC-0003", { title: "Charlie emails", status: "Draft", protectedEarnings: 500, dataCost: 70 }),
    contract("VC-0004", { title: "Delta fraud", status: "Terminated", avoidedLoss: 200, governanceCost: 260 }),
    contract("VC-0005", { title: "Echo forecasts", status: "Paused", protectedEarnings: 90 }),
  ]);
  const record = async (id: string, lines: readonly ActualsLine[]) => {
    const recorded = await workbook.store.recordActuals(id, "2026-01-01", lines, "Dana", []);
    if (!recorded.ok) throw new Error(`recordActuals failed: ${recorded.error.message}`);
  };
  await record("VC-0001", [line("Incremental revenue", 250, 300, "Financial"), line("Technology cost", 25, 30), line("Capacity value", 40, 50, "Operational")]);
  await record("VC-0002", [line("Capacity value", 100, 80, "Technical"), line("Option value", 20, 20, "Financial"), line("Avoided loss", 50, 40)]);
  await record("VC-0003", [line("Protected earnings", 120, 100, "Financial")]);
  await record("VC-0004", [line("Governance cost", 65, 45)]);
  await record("VC-0005", [line("Protected earnings", 20, 30, "Strategic")]);
  return workbook;
}

function line(name: ActualsLine["line"], plan: number, actual: number, evidenceLevel: ActualsLine["evidenceLevel"] = null): ActualsLine {
  return { line: name, plan, forecast: null, actual, evidenceLevel, evidenceSource: "" };
}

function renderPortfolio(store: ContractStore, onOpenSetup = jest.fn()) {
  return renderPane(
    <PortfolioView store={store} today={TODAY} focusKey={null} onOpen={jest.fn()} onReview={jest.fn()} onNew={jest.fn()} onOpenSetup={onOpenSetup} />,
  );
}

/** The six figures' buttons as they read, in order. */
function figures(): string[] {
  const group = screen.getByRole("group", { name: "Live contracts' figures" });
  return within(group)
    .getAllByRole("button")
    .map((button) => button.getAttribute("aria-label") ?? "");
}

const figureButton = (label: string) => screen.getByRole("button", { name: new RegExp(`^${label}:`) });

function rowTitles(): string[] {
  const list = screen.getByRole("grid", { name: /contracts/i });
  return within(list)
    .getAllByRole("row")
    .map((row) => row.querySelector("[role=gridcell] span")?.textContent ?? "");
}

describe("Portfolio headline: plan and the ledger's actuals to date", () => {
  it("shows the six figures of the live contracts, with the contracts behind each", async () => {
    const { store } = await ledgerPortfolio();
    renderPortfolio(store);
    await screen.findByRole("grid", { name: /contracts/i });
    expect(screen.getByRole("heading", { name: "3 live contracts" })).toBeTruthy();
    expect(figures()).toEqual([
      "Planned value: 640, 3 contracts",
      "Realised to date: 120, 2 contracts",
      "Evidenced leading indicators: 50, 1 contract",
      "Capability value: 80, 1 contract",
      "Strategic option value: 20, 1 contract",
      "Unsupported optimism: 40, 1 contract",
    ]);
    // The words say which figure is the plan and how realised value is measured.
    expect(screen.getByText(/Planned value is the plan, a year at run-rate\. Realised to date is what the ledger measured with Financial or Strategic evidence, net of costs\./)).toBeTruthy();
    expect(screen.queryByText(/ledger rows? (is|are) invalid/)).toBeNull();
  });

  it("shows Draft and Terminated contracts apart, each on a line of its own", async () => {
    const { store } = await ledgerPortfolio();
    renderPortfolio(store);
    await screen.findByRole("grid", { name: /contracts/i });
    expect(screen.getByText("Draft: 1 contract, planned 430, realised to date 100 (not counted above).")).toBeTruthy();
    expect(screen.getByText("Terminated: 1 contract, planned -60, realised to date -45 (not counted above).")).toBeTruthy();
    // The list still shows all five.
    expect(rowTitles()).toHaveLength(5);
  });

  it("lists the contracts behind a figure when it is pressed, keeps the figures, and clears on request", async () => {
    const { store } = await ledgerPortfolio();
    const { user } = renderPortfolio(store);
    await screen.findByRole("grid", { name: /contracts/i });

    await user.click(figureButton("Realised to date"));
    expect(rowTitles()).toEqual(["Alpha pricing", "Echo forecasts"]);
    expect(figureButton("Realised to date").getAttribute("aria-pressed")).toBe("true");
    expect(screen.getByText("Showing 2 live contracts with realised value to date.")).toBeTruthy();
    expect(screen.getByRole("status").textContent).toBe("2 of 5 contracts");
    // The headline is of the contracts matching the other filters: pressing a figure leaves it as it was.
    expect(figures()[0]).toBe("Planned value: 640, 3 contracts");

    const clear = screen.getByRole("button", { name: "Clear" });
    await user.click(clear);
    expect(rowTitles()).toHaveLength(5);
    expect(screen.queryByText(/^Showing/)).toBeNull();
    expect(figureButton("Realised to date").getAttribute("aria-pressed")).toBe("false");
    // The Clear button went away; focus is back on the figure it undid.
    expect(document.activeElement).toBe(figureButton("Realised to date"));
  });

  it("works from the keyboard: Enter picks a figure, Space on it again lets it go", async () => {
    const { store } = await ledgerPortfolio();
    const { user } = renderPortfolio(store);
    await screen.findByRole("grid", { name: /contracts/i });

    figureButton("Capability value").focus();
    await user.keyboard("{Enter}");
    expect(rowTitles()).toEqual(["Bravo service"]);
    expect(screen.getByText("Showing 1 live contract with capability value.")).toBeTruthy();

    await user.keyboard(" ");
    expect(rowTitles()).toHaveLength(5);

    // Another figure replaces the first; Clear filters clears it with the rest.
    await user.click(figureButton("Evidenced leading indicators"));
    expect(rowTitles()).toEqual(["Alpha pricing"]);
    await user.click(screen.getByRole("button", { name: "Clear filters" }));
    expect(rowTitles()).toHaveLength(5);
  });

  it("sorts by realised to date, highest first, Draft and Terminated among the rest", async () => {
    const { store } = await ledgerPortfolio();
    const { user } = renderPortfolio(store);
    await screen.findByRole("grid", { name: /contracts/i });
    await user.click(screen.getByRole("button", { name: "Filter and sort" }));
    await user.selectOptions(screen.getByRole("combobox", { name: "Sort by" }), "Realised to date (highest first)");
    // Charlie 100, Alpha 90, Echo 30, Bravo 0, Delta -45.
    expect(rowTitles()).toEqual(["Charlie emails", "Alpha pricing", "Echo forecasts", "Bravo service", "Delta fraud"]);
  });

  it("says how many ledger rows are invalid and left out, and offers Setup to check them", async () => {
    const { store, excel } = await ledgerPortfolio();
    // Hand edits in the sheet: text in the first ledger row's Actual (Alpha's revenue), a line no one
    // knows in the second (Alpha's technology cost).
    const ledger = excel.workbook.table("ValueLedger");
    ledger.pasteCellDirect(0, "Actual", "about 300");
    ledger.pasteCellDirect(1, "Line", "Lunch");
    const onOpenSetup = jest.fn();
    const { user } = renderPortfolio(store, onOpenSetup);
    await screen.findByRole("grid", { name: /contracts/i });

    expect(screen.getByText("2 ledger rows are invalid and not counted: run Check workbook in Setup to see which and why.")).toBeTruthy();
    // Without those two rows Alpha realises nothing (its capacity is a leading indicator): Echo's 30 is left.
    expect(figureButton("Realised to date").getAttribute("aria-label")).toBe("Realised to date: 30, 1 contract");
    await user.click(screen.getByRole("button", { name: "Open setup" }));
    expect(onOpenSetup).toHaveBeenCalled();
  });
});
