import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, screen, within } from "@testing-library/react";
import { SimulationCache, simulatePortfolio, simulationKey, type SimulatedContract } from "../../../src/domain/portfolio-simulation";
import { NO_RANGES, PortfolioUncertainty } from "../../../src/taskpane/uncertainty/PortfolioUncertainty";
import { SimulationProvider, type SimulationRuntime } from "../../../src/taskpane/uncertainty/useSimulation";
import { renderPane } from "../support/render";

const exact = (amount: number) => ({ low: amount, likely: amount, high: amount });

// Ranges of a single amount draw that amount in every trial (pert.ts: "a range with min = max is that
// constant"), so every figure can be worked out by hand:
//   VC-0001 (Claims, Cost):   capacity 500,000 - technology 100,000                      = 400,000
//   VC-0002 (Claims, Growth): revenue 1,000,000 at a 30% margin = 300,000 - risk 50,000  = 250,000
//   portfolio 650,000 in every trial: mean, P10, P50 and P90 650,000, none below zero.
const contracts: SimulatedContract[] = [
  {
    id: "VC-0001",
    valueChain: "Claims",
    mandate: "Cost",
    revenueMargin: null,
    lines: [
      { line: "Capacity value", plan: 500_000, range: exact(500_000) },
      { line: "Technology cost", plan: 100_000, range: null },
    ],
  },
  {
    id: "VC-0002",
    valueChain: "Claims",
    mandate: "Growth",
    revenueMargin: 0.3,
    lines: [
      { line: "Incremental revenue", plan: 1_000_000, range: exact(1_000_000) },
      { line: "Risk failures", plan: 50_000, range: exact(50_000) },
    ],
  },
];
const OPTIONS = { trials: 100 } as const;

const figure = (label: string) => screen.getByRole("region", { name: "How uncertain the portfolio is" }).querySelector(`[data-figure="${label}"]`)?.textContent;
const rowsOf = (table: HTMLElement) => within(table).getAllByRole("row").map((row) => Array.from(row.querySelectorAll("th, td"), (cell) => cell.textContent));

/** A runtime whose cache already holds the result, so the section renders it at once. */
function cachedRuntime(input: readonly SimulatedContract[]): SimulationRuntime {
  const runtime: SimulationRuntime = { cache: new SimulationCache(), now: () => 0, afterYield: () => () => undefined };
  const result = simulatePortfolio(input, OPTIONS);
  runtime.cache.set(simulationKey(input, OPTIONS), result);
  return runtime;
}

describe("PortfolioUncertainty", () => {
  test("no contract has a range: the empty state, and nothing is simulated", () => {
    const certain = contracts.map((contract) => ({ ...contract, lines: contract.lines.map((line) => ({ ...line, range: null })) }));
    const afterYield = jest.fn(() => () => undefined);
    renderPane(
      <SimulationProvider runtime={{ cache: new SimulationCache(), now: () => 0, afterYield }}>
        <PortfolioUncertainty contracts={certain} options={OPTIONS} />
      </SimulationProvider>,
    );
    expect(screen.getByText(NO_RANGES)).toBeTruthy();
    expect(NO_RANGES).toBe("No ranges yet: add a range to a contract's amounts to see how uncertain the portfolio is.");
    expect(screen.queryByRole("img")).toBeNull();
    expect(afterYield).not.toHaveBeenCalled();
  });

  test("contracts still loading: the heading alone", () => {
    renderPane(<PortfolioUncertainty contracts={null} />);
    expect(screen.getByRole("heading", { name: "How uncertain the portfolio is" })).toBeTruthy();
    expect(screen.queryByText(NO_RANGES)).toBeNull();
  });

  test("the figures worked out by hand: headline, histogram, tornado and the groups", async () => {
    // Without a provider the section runs on the browser's own clock and yield.
    renderPane(<PortfolioUncertainty contracts={contracts} options={OPTIONS} />);
    await screen.findByRole("table", { name: "By value chain" });
    expect(figure("Planned a year")).toBe("650,000");
    expect(figure("Mean")).toBe("650,000");
    expect(figure("P10")).toBe("650,000");
    expect(figure("P50")).toBe("650,000");
    expect(figure("P90")).toBe("650,000");
    expect(figure("Chance below zero")).toBe("0%");
    const [histogram, tornado] = screen.getAllByRole("img");
    expect(histogram?.getAttribute("aria-label")).toBe("Portfolio value a year over 100 trials: mean 650,000; P10 650,000, P50 650,000, P90 650,000; no trial put the portfolio's value below zero.");
    // Each ranged line held at its P10 or P90 (its one amount) leaves the mean where it is: 650,000 either way.
    expect(tornado?.getAttribute("aria-label")).toBe(
      "The 3 lines that move the portfolio's mean value of 650,000 a year most, with each line at its own P10 and P90: " +
        "VC-0001 · Capacity value, 650,000 at its P10 and 650,000 at its P90; " +
        "VC-0002 · Incremental revenue, 650,000 at its P10 and 650,000 at its P90; " +
        "VC-0002 · Risk failures, 650,000 at its P10 and 650,000 at its P90.",
    );
    // Each group's name and plan on a row of its own, its figures on the next.
    expect(rowsOf(screen.getByRole("table", { name: "By value chain" }))).toEqual([
      ["P10", "P50", "P90", "Below zero"],
      ["Claims 2 contracts, plan 650,000"],
      ["650,000", "650,000", "650,000", "0%"],
    ]);
    expect(rowsOf(screen.getByRole("table", { name: "By mandate" }))).toEqual([
      ["P10", "P50", "P90", "Below zero"],
      ["Cost 1 contract, plan 400,000"],
      ["400,000", "400,000", "400,000", "0%"],
      ["Growth 1 contract, plan 250,000"],
      ["250,000", "250,000", "250,000", "0%"],
    ]);
  });

  test("a cached result shows in the first render, with no run", () => {
    renderPane(
      <SimulationProvider runtime={cachedRuntime(contracts)}>
        <PortfolioUncertainty contracts={contracts} options={OPTIONS} />
      </SimulationProvider>,
    );
    expect(screen.getByRole("table", { name: "By mandate" })).toBeTruthy();
    expect(screen.queryByRole("progressbar")).toBeNull();
  });

  test("while changed inputs simulate, the last figures stay, marked busy", () => {
    const queue: Array<() => void> = [];
    const runtime: SimulationRuntime = { cache: new SimulationCache(), now: () => 0, afterYield: (task) => (queue.push(task), () => undefined) };
    const view = (input: readonly SimulatedContract[]) => (
      <SimulationProvider runtime={runtime}>
        <PortfolioUncertainty contracts={input} options={OPTIONS} />
      </SimulationProvider>
    );
    const { rerender } = renderPane(view(contracts));
    const runAll = () => {
      for (let task = queue.shift(); task !== undefined; task = queue.shift()) act(task);
    };
    runAll();
    expect(figure("Mean")).toBe("650,000");
    // VC-0002's risk failures at 150,000 rather than 50,000: 100,000 less, a portfolio of 550,000.
    const changed = contracts.map((contract) => (contract.id === "VC-0002" ? { ...contract, lines: [contract.lines[0]!, { line: "Risk failures" as const, plan: 150_000, range: exact(150_000) }] } : contract));
    rerender(<FluentProvider theme={webLightTheme}>{view(changed)}</FluentProvider>);
    const section = screen.getByRole("region", { name: "How uncertain the portfolio is" });
    expect(section.getAttribute("aria-busy")).toBe("true");
    expect(figure("Mean")).toBe("650,000");
    runAll();
    expect(section.getAttribute("aria-busy")).toBe("false");
    expect(figure("Mean")).toBe("550,000");
  });

  test("a range that breaks low <= likely <= high is said in an error bar", async () => {
    const broken: SimulatedContract[] = [{ id: "VC-0001", valueChain: null, mandate: null, revenueMargin: null, lines: [{ line: "Capacity value", plan: 1, range: { low: 3, likely: 2, high: 4 } }] }];
    renderPane(<PortfolioUncertainty contracts={broken} options={OPTIONS} />);
    expect(await screen.findByText("The simulation could not run")).toBeTruthy();
    expect(screen.getByText(/VC-0001, Capacity value: a range needs 0 <= low <= likely <= high \(3, 2, 4\)\./)).toBeTruthy();
  });
});
