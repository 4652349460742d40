import { screen, within } from "@testing-library/react";
import { ExceedanceCurve } from "../../../src/taskpane/uncertainty/ExceedanceCurve";
import { renderPane } from "../support/render";

// An annual loss that exceeds 0 in 90% of years without the intervention and 70% with it, falling to
// 2% and 0.4% at 1,000,000.
const thresholds = [0, 250_000, 500_000, 750_000, 1_000_000];
const without = [0.9, 0.6, 0.3, 0.1, 0.02];
const withIt = [0.7, 0.35, 0.12, 0.03, 0.004];

const points = (polyline: Element | undefined) =>
  (polyline?.getAttribute("points") ?? "").split(" ").map((point) => point.split(",").map(Number));

describe("ExceedanceCurve", () => {
  test("the sentence reads the first, middle and last thresholds; the table lists them all", () => {
    renderPane(<ExceedanceCurve thresholds={thresholds} without={without} with={withIt} />);
    expect(screen.getByRole("img").getAttribute("aria-label")).toBe(
      "Chance the annual loss exceeds a threshold from 0 to 1,000,000: without the intervention 90% at 0, 30% at 500,000 and 2% at 1,000,000; with it 70%, 12% and 0.4%.",
    );
    const rows = within(screen.getByRole("table", { name: "Chance the annual loss exceeds each threshold" }))
      .getAllByRole("row")
      .map((row) => Array.from(row.querySelectorAll("th, td"), (cell) => cell.textContent));
    expect(rows).toEqual([
      ["Loss over", "Without", "With"],
      ["0", "90%", "70%"],
      ["250,000", "60%", "35%"],
      ["500,000", "30%", "12%"],
      ["750,000", "10%", "3%"],
      ["1,000,000", "2%", "0.4%"],
    ]);
  });

  test("dashed without, solid with; x by threshold, y by chance with 100% at the top", () => {
    const { container } = renderPane(<ExceedanceCurve thresholds={thresholds} without={without} with={withIt} />);
    const [dashed, solid] = Array.from(container.querySelectorAll("[role='img'] polyline"));
    // y = 100 - 98 x chance: 90% at 11.8, 2% at 98.04; x = threshold / 1,000,000 x 100.
    const withoutPoints = points(dashed);
    expect(withoutPoints.map(([x]) => x)).toEqual([0, 25, 50, 75, 100]);
    expect(withoutPoints[0]?.[1]).toBeCloseTo(11.8, 10);
    expect(withoutPoints[4]?.[1]).toBeCloseTo(98.04, 10);
    expect(points(solid)[4]?.[1]).toBeCloseTo(99.608, 10);
    const legend = within(screen.getByRole("list", { name: "Legend" }));
    expect(legend.getByText("Without the intervention (dashed)")).toBeTruthy();
    expect(legend.getByText("With it (solid)")).toBeTruthy();
    expect(within(screen.getByRole("img")).getByText("100%")).toBeTruthy();
  });

  test("lists of different lengths are a caller's bug", () => {
    const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
    expect(() => renderPane(<ExceedanceCurve thresholds={thresholds} without={without} with={[0.5]} />)).toThrow("Loss exceedance: 5 thresholds, 5 chances without and 1 with.");
    spy.mockRestore();
  });
});
