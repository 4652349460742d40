import { screen, within } from "@testing-library/react";
import type { JCurvePoint } from "../../../src/domain/ledger-figures";
import { JCurveChart } from "../../../src/taskpane/ledger/JCurveChart";
import { renderPane } from "../support/render";

// Three quarters of a contract planned at -30,000, +20,000 and +70,000 a quarter: cumulative plan
// -30,000, -10,000, +60,000. Its lines' ranges put the cumulative plan's P10 at -45,000, -40,000, +10,000
// and its P90 at -20,000, +15,000, +110,000 (given here as the band's props, not worked out).
const points: JCurvePoint[] = [
  { period: "2025-04-01", label: "Q2 FY2025", cumulativePlan: -30_000, cumulativeForecast: -30_000, cumulativeRealised: -40_000 },
  { period: "2025-07-01", label: "Q3 FY2025", cumulativePlan: -10_000, cumulativeForecast: -10_000, cumulativeRealised: -70_000 },
  { period: "2025-10-01", label: "Q4 FY2025", cumulativePlan: 60_000, cumulativeForecast: 60_000, cumulativeRealised: 50_000 },
];
const band = { cumulativeLow: [-45_000, -40_000, 10_000], cumulativeHigh: [-20_000, 15_000, 110_000] };

const tableRows = () =>
  within(screen.getByRole("table", { name: "Cumulative amounts at the end of each period" }))
    .getAllByRole("row")
    .map((row) => Array.from(row.querySelectorAll("th, td"), (cell) => cell.textContent));

describe("the J-curve's P10-P90 band", () => {
  test("without a band the chart is as before: no band, no legend entry, three columns", () => {
    const { container } = renderPane(<JCurveChart points={points} />);
    expect(screen.getByRole("img").getAttribute("aria-label")).toBe(
      "J-curve over 3 periods, Q2 FY2025 to Q4 FY2025: cumulative plan 60,000 at Q4 FY2025; cumulative realised value 50,000 at Q4 FY2025, lowest -70,000.",
    );
    expect(container.querySelector("polygon")).toBeNull();
    expect(screen.queryByText("Plan P10 to P90 (shaded)")).toBeNull();
    expect(tableRows()[0]).toEqual(["Period", "Plan", "Realised"]);
  });

  test("with a band: the sentence gives the last period's P10 and P90, the legend names it, the table lists it", () => {
    const { container } = renderPane(<JCurveChart points={points} band={band} />);
    expect(screen.getByRole("img").getAttribute("aria-label")).toBe(
      "J-curve over 3 periods, Q2 FY2025 to Q4 FY2025: cumulative plan 60,000 (P10 10,000 to P90 110,000) at Q4 FY2025; cumulative realised value 50,000 at Q4 FY2025, lowest -70,000.",
    );
    expect(within(screen.getByRole("list", { name: "Legend" })).getByText("Plan P10 to P90 (shaded)")).toBeTruthy();
    expect(tableRows()).toEqual([
      ["Period", "Plan", "P10", "P90", "Realised"],
      ["Q2 FY2025", "-30,000", "-45,000", "-20,000", "-40,000"],
      ["Q3 FY2025", "-10,000", "-40,000", "15,000", "-70,000"],
      ["Q4 FY2025", "60,000", "10,000", "110,000", "50,000"],
    ]);
    // The band is drawn from 0 before the first period, out along its P90 and back along its P10: 1 + 3 + 3 corners.
    const corners = (container.querySelector("polygon")?.getAttribute("points") ?? "").split(" ");
    expect(corners).toHaveLength(7);
    // The amounts run from -70,000 to 110,000 (the band's P90 is now the highest), so the axis's top label is 110k (en-GB writes a lower-case k).
    expect(screen.getByText("110k")).toBeTruthy();
  });

  test("a band with the wrong number of periods is a caller's bug and throws", () => {
    const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
    expect(() => renderPane(<JCurveChart points={points} band={{ cumulativeLow: [0], cumulativeHigh: [0] }} />)).toThrow("J-curve band: 1 low and 1 high amounts for 3 periods.");
    spy.mockRestore();
  });
});
