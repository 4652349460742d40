import { screen, within } from "@testing-library/react";
import { livePortfolio, simulatePortfolio } from "../../src/domain/portfolio-simulation";
import type { RangeInput } from "../../src/domain/value-range";
import { contractBands, simulationInput } from "../../src/taskpane/portfolio/portfolio-model";
import { PortfolioView } from "../../src/taskpane/portfolio/PortfolioView";
import { validRanges, type ContractList, type ContractStore } from "../../src/workbook/contract-store";
import { fourContracts } from "./support/portfolio-data";
import { renderPane } from "./support/render";
import { TODAY, workbookWith } from "./support/store";

// fourContracts (support/portfolio-data.ts), with ranges of a single amount, which draw that amount in every
// trial (pert.ts: min = max is that constant), so every figure is worked out by hand:
//   Alpha   (VC-0001, Active): Incremental revenue 1,000 at a 100% margin, range 1,000 to 1,000:
//           planned 1,000 - 150 = 850 in every trial.
//   Bravo   (VC-0002, Active): no range; certain at its plan, 80.
//   Charlie (VC-0003, Draft):  Incremental revenue 500 at 50%, range 500 to 500: 250 - 40 = 210 in every trial.
//   Delta   (VC-0004, Paused): no range; -50.
// Live: Alpha, Bravo and Delta, 850 + 80 - 50 = 880 in every trial. Charlie is simulated apart, for its row.
const exact = (line: RangeInput["line"], amount: number): RangeInput => ({ line, low: amount, likely: null, high: amount, basis: "" });

async function rangedWorkbook(): Promise<{ store: ContractStore; list: ContractList }> {
  const { store } = await workbookWith(fourContracts());
  for (const [id, range] of [["VC-0001", exact("Incremental revenue", 1000)], ["VC-0003", exact("Incremental revenue", 500)]] as const) {
    const saved = await store.saveRanges(id, [range], []);
    if (!saved.ok) throw new Error(saved.error.message);
  }
  const list = await store.listContracts();
  if (!list.ok) throw new Error(list.error.message);
  return { store, list: list.value };
}

describe("the portfolio's simulation input", () => {
  test("the live part is livePortfolio's, in sheet order; the Draft with a range goes apart", async () => {
    const { list } = await rangedWorkbook();
    const valid = list.contracts.flatMap((stored) => (stored.contract ? [stored.contract] : []));
    const input = simulationInput(list);
    expect(input.live).toEqual(livePortfolio(valid, validRanges(list.ranges)));
    expect(input.live.map((contract) => contract.id)).toEqual(["VC-0001", "VC-0002", "VC-0004"]);
    expect(input.apart.map((contract) => contract.id)).toEqual(["VC-0003"]);
  });

  test("bands: each ranged contract's figures by ID, from either run; none for contracts without a range", async () => {
    const { list } = await rangedWorkbook();
    const input = simulationInput(list);
    const bands = contractBands([simulatePortfolio(input.live, { trials: 100 }), simulatePortfolio(input.apart, { trials: 100 })]);
    expect([...bands.keys()]).toEqual(["VC-0001", "VC-0003"]);
    expect(bands.get("VC-0001")).toMatchObject({ planned: 850, summary: { p10: 850, p50: 850, p90: 850, probabilityBelowZero: 0 } });
    expect(bands.get("VC-0003")).toMatchObject({ planned: 210, summary: { p10: 210, p50: 210, p90: 210 } });
    expect(contractBands([null, null]).size).toBe(0);
  });
});

describe("PortfolioView with ranges", () => {
  test("rows with a range show their band; the Uncertainty section opens on the live portfolio", async () => {
    const { store } = await rangedWorkbook();
    const { user } = renderPane(<PortfolioView store={store} today={TODAY} focusKey={null} onOpen={jest.fn()} onReview={jest.fn()} onNew={jest.fn()} onOpenSetup={jest.fn()} />);
    const alpha = await screen.findByRole("img", { name: /^VC-0001: planned value 850 a year; simulated P10 850, P50 850, P90 850/ }, { timeout: 10_000 });
    expect(alpha.closest("[role=row]")?.textContent).toContain("Alpha pricing");
    expect(await screen.findByRole("img", { name: /^VC-0003: planned value 210 a year/ }, { timeout: 10_000 })).toBeTruthy();
    // No band for the rows without a range, and no figures table in a row.
    expect(within(screen.getByRole("row", { name: /Bravo service/ })).queryByRole("img")).toBeNull();
    expect(screen.queryByText("Figures")).toBeNull();

    // The summary gives the live portfolio's range in a line: 880 in every trial.
    const summary = await screen.findByText(/^Uncertainty/);
    expect(summary.textContent).toBe("Uncertainty: P10 880 to P90 880 a year");
    await user.click(summary);
    const section = await screen.findByRole("region", { name: "How uncertain the portfolio is" }, { timeout: 10_000 });
    expect(section.querySelector('[data-figure="Planned a year"]')?.textContent).toBe("880");
    expect(section.querySelector('[data-figure="P90"]')?.textContent).toBe("880");
  });
});
