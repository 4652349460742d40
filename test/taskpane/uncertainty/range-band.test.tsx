import { screen, within } from "@testing-library/react";
import { RangeBand } from "../../../src/taskpane/uncertainty/RangeBand";
import { renderPane } from "../support/render";

const figures = () => Array.from(screen.getByRole("table").querySelectorAll("tr"), (row) => Array.from(row.querySelectorAll("th, td"), (cell) => cell.textContent));
const lineAt = (container: HTMLElement, index: number) => Number(container.querySelectorAll("[role='img'] > svg line")[index]?.getAttribute("x1"));

describe("RangeBand", () => {
  test("a band above zero: the sentence, the key, the table, and the band where its numbers put it", () => {
    const summary = { mean: 98_000, p10: 60_000, p50: 95_000, p90: 140_000, probabilityBelowZero: 0.045 };
    const { container } = renderPane(<RangeBand contractId="VC-0001" planned={100_000} summary={summary} />);
    expect(screen.getByRole("img").getAttribute("aria-label")).toBe("VC-0001: planned value 100,000 a year; simulated P10 60,000, P50 95,000, P90 140,000; 4.5% chance the value is below zero.");
    expect(screen.getByText("4.5% chance the value is below zero")).toBeTruthy();
    expect(screen.getByText("P10–P90 60k to 140k")).toBeTruthy();
    expect(screen.getByText("P50 95k")).toBeTruthy();
    expect(screen.getByText("Plan 100k")).toBeTruthy();
    expect(screen.queryByText("Zero")).toBeNull();
    expect(within(screen.getByRole("table", { name: "VC-0001: simulated value a year" })).getAllByRole("row")).toHaveLength(6);
    expect(figures()).toEqual([
      ["Planned", "100,000"],
      ["Mean", "98,000"],
      ["P10", "60,000"],
      ["P50", "95,000"],
      ["P90", "140,000"],
      ["Chance below zero", "4.5%"],
    ]);
    // From 55,200 over 89,600 (6% spare each side of 60,000 to 140,000): P10 at 4,800 / 89,600, P90 at 84,800 / 89,600.
    const band = container.querySelector("[role='img'] > svg rect");
    expect(Number(band?.getAttribute("x"))).toBeCloseTo(5.357, 3);
    expect(Number(band?.getAttribute("width"))).toBeCloseTo(89.286, 3);
    // No zero line: the lines are P50 (39,800 / 89,600 = 44.4%) and the plan (44,800 / 89,600 = 50%).
    expect(container.querySelectorAll("[role='img'] > svg line")).toHaveLength(2);
    expect(lineAt(container, 0)).toBeCloseTo(44.42, 2);
    expect(lineAt(container, 1)).toBeCloseTo(50, 10);
  });

  test("a band across zero draws the zero line and names it", () => {
    // -20,000 to 80,000 with 6,000 spare each side: the axis starts at -26,000 over 112,000; zero at 26,000 / 112,000 = 23.2%.
    const summary = { mean: 31_000, p10: -20_000, p50: 30_000, p90: 80_000, probabilityBelowZero: 0.18 };
    const { container } = renderPane(<RangeBand contractId="VC-0002" planned={40_000} summary={summary} />);
    expect(screen.getByRole("img").getAttribute("aria-label")).toBe("VC-0002: planned value 40,000 a year; simulated P10 -20,000, P50 30,000, P90 80,000; 18% chance the value is below zero.");
    expect(screen.getByText("Zero")).toBeTruthy();
    expect(lineAt(container, 0)).toBeCloseTo(23.214, 3);
  });

  test("a list row can leave the figures table out; the image's name keeps the numbers", () => {
    const summary = { mean: 50_000, p10: 40_000, p50: 50_000, p90: 60_000, probabilityBelowZero: 0.004 };
    const { container } = renderPane(<RangeBand contractId="VC-0004" planned={50_000} summary={summary} figures={false} />);
    expect(container.querySelector("details")).toBeNull();
    expect(screen.queryByRole("table")).toBeNull();
    expect(screen.getByRole("img").getAttribute("aria-label")).toBe("VC-0004: planned value 50,000 a year; simulated P10 40,000, P50 50,000, P90 60,000; 0.4% chance the value is below zero.");
  });

  test("no trial below zero is said as such, not as 0%", () => {
    const summary = { mean: 50_000, p10: 40_000, p50: 50_000, p90: 60_000, probabilityBelowZero: 0 };
    renderPane(<RangeBand contractId="VC-0003" planned={50_000} summary={summary} />);
    expect(screen.getByText("No trial put the value below zero")).toBeTruthy();
    expect(screen.getByRole("img").getAttribute("aria-label")).toMatch(/; no trial put the value below zero\.$/);
  });
});
