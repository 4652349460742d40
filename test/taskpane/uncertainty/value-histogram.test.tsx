import { screen, within } from "@testing-library/react";
import { ValueHistogram } from "../../../src/taskpane/uncertainty/ValueHistogram";
import { renderPane } from "../support/render";

const rowsOf = (table: HTMLElement) => within(table).getAllByRole("row").map((row) => Array.from(row.querySelectorAll("th, td"), (cell) => cell.textContent));

describe("ValueHistogram", () => {
  // Ten trials in four bins of 50,000 from -100,000: 1, 3, 4 and 2. Four trials are below zero, but the
  // summary is given, not worked out here: P(value < 0) = 0.2 as the simulation would state it.
  const histogram = { start: -100_000, width: 50_000, counts: [1, 3, 4, 2] };
  const summary = { mean: 15_000, p10: -50_000, p50: 20_000, p90: 80_000, probabilityBelowZero: 0.2 };

  test("the sentence, the percentile marks, the zero line and the table of bins", () => {
    const { container } = renderPane(<ValueHistogram histogram={histogram} summary={summary} trials={10} />);
    expect(screen.getByRole("img").getAttribute("aria-label")).toBe("Portfolio value a year over 10 trials: mean 15,000; P10 -50,000, P50 20,000, P90 80,000; 20% chance the portfolio's value is below zero.");
    expect(screen.getByText("20% chance the portfolio's value is below zero.")).toBeTruthy();
    expect(rowsOf(screen.getByRole("table", { name: "Trials by portfolio value a year" }))).toEqual([
      ["From", "To", "Trials"],
      ["-100,000", "-50,000", "1"],
      ["-50,000", "0", "3"],
      ["0", "50,000", "4"],
      ["50,000", "100,000", "2"],
    ]);
    expect(rowsOf(screen.getByRole("table", { name: "Portfolio value a year" }))).toEqual([
      ["Mean", "15,000"],
      ["P10", "-50,000"],
      ["P50", "20,000"],
      ["P90", "80,000"],
      ["Chance below zero", "20%"],
    ]);
    // Bars as tall as their counts against the tallest (4): 25, 75, 100 and 50 percent.
    expect(Array.from(container.querySelectorAll("[role='img'] > svg rect"), (bar) => Number(bar.getAttribute("height")))).toEqual([25, 75, 100, 50]);
    // The axis runs -100,000 to 100,000: zero in the middle, P10 at 25%, P50 at 60%, P90 at 90%; all on one row.
    const lines = Array.from(container.querySelectorAll("[role='img'] > svg line"), (line) => Number(line.getAttribute("x1")));
    expect(lines).toEqual([50, 25, 60, 90]);
    for (const label of ["P10 -50k", "P50 20k", "P90 80k"]) expect(screen.getByText(label).style.top).toBe("0px");
    expect(within(screen.getByRole("img")).getByText("0").style.left).toBe("50%");
    expect(within(screen.getByRole("list", { name: "Legend" })).getByText("Zero (solid)")).toBeTruthy();
  });

  test("percentiles close together get label rows of their own", () => {
    // P10 at 55%, P50 at 57.5%, P90 at 65%: each within 22% of the ones before it.
    renderPane(<ValueHistogram histogram={histogram} summary={{ ...summary, p10: 10_000, p50: 15_000, p90: 30_000 }} trials={10} />);
    expect(screen.getByText("P10 10k").style.top).toBe("0px");
    expect(screen.getByText("P50 15k").style.top).toBe("16px");
    expect(screen.getByText("P90 30k").style.top).toBe("32px");
  });

  test("identical trials: one bar, one row in the table, no zero line when zero is off the chart", () => {
    const { container } = renderPane(<ValueHistogram histogram={{ start: 650_000, width: 0, counts: [100, 0, 0] }} summary={{ mean: 650_000, p10: 650_000, p50: 650_000, p90: 650_000, probabilityBelowZero: 0 }} trials={100} />);
    expect(container.querySelectorAll("[role='img'] > svg rect")).toHaveLength(1);
    expect(rowsOf(screen.getByRole("table", { name: "Trials by portfolio value a year" }))).toEqual([
      ["From", "To", "Trials"],
      ["650,000", "650,000", "100"],
    ]);
    expect(screen.queryByText("Zero (solid)")).toBeNull();
    expect(screen.getByText("No trial put the portfolio's value below zero.")).toBeTruthy();
  });
});
