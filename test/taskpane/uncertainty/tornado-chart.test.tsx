import { screen, within } from "@testing-library/react";
import type { TornadoBar } from "../../../src/domain/portfolio-simulation";
import { TornadoChart } from "../../../src/taskpane/uncertainty/TornadoChart";
import { renderPane } from "../support/render";

// A portfolio with a mean of 1,000,000 a year and four uncertain lines, widest swing first, as the
// simulation orders them. Technology cost is a cost: at its P90 the portfolio is lower (900,000) than
// at its P10 (1,100,000).
const bars: TornadoBar[] = [
  { contractId: "VC-0002", line: "Capacity value", low: 850_000, high: 1_200_000 },
  { contractId: "VC-0001", line: "Technology cost", low: 1_100_000, high: 900_000 },
  { contractId: "VC-0003", line: "Avoided loss", low: 950_000, high: 1_050_000 },
  { contractId: "VC-0003", line: "Friction", low: 1_020_000, high: 990_000 },
];

const rowsOf = (table: HTMLElement) => within(table).getAllByRole("row").map((row) => Array.from(row.querySelectorAll("th, td"), (cell) => cell.textContent));

/** The x and width of a bar's filled (raises the mean) or outlined (lowers it) part. */
function side(item: HTMLElement, name: "raises" | "lowers") {
  const rect = item.querySelector(`rect[data-side="${name}"]`);
  return rect === null ? null : { x: Number(rect.getAttribute("x")), width: Number(rect.getAttribute("width")) };
}

describe("TornadoChart", () => {
  test("the sentence reads the three widest bars with their numbers and points to the table for the rest", () => {
    renderPane(<TornadoChart bars={bars} mean={1_000_000} />);
    expect(screen.getByRole("img").getAttribute("aria-label")).toBe(
      "The 4 lines that move the portfolio's mean value of 1,000,000 a year most, with each line at its own P10 and P90: " +
        "VC-0002 · Capacity value, 850,000 at its P10 and 1,200,000 at its P90; " +
        "VC-0001 · Technology cost, 1,100,000 at its P10 and 900,000 at its P90; " +
        "VC-0003 · Avoided loss, 950,000 at its P10 and 1,050,000 at its P90; 1 more in the figures table.",
    );
    expect(rowsOf(screen.getByRole("table", { name: "Portfolio mean with each line at its P10 and its P90" }))).toEqual([
      ["Line", "At P10", "At P90", "Swing"],
      ["VC-0002 · Capacity value", "850,000", "1,200,000", "350,000"],
      ["VC-0001 · Technology cost", "1,100,000", "900,000", "200,000"],
      ["VC-0003 · Avoided loss", "950,000", "1,050,000", "100,000"],
      ["VC-0003 · Friction", "1,020,000", "990,000", "30,000"],
    ]);
  });

  test("each bar is filled above the mean and outlined below it, on one scale", () => {
    const { container } = renderPane(<TornadoChart bars={bars} mean={1_000_000} />);
    // Amounts from 850,000 to 1,200,000 with 4% spare each side: the axis starts at 836,000 over 378,000;
    // the mean is at 164,000 / 378,000 = 43.39%.
    const items = Array.from(container.querySelectorAll<HTMLElement>("[role='img'] li"));
    expect(items.map((item) => item.querySelector("span")?.textContent)).toEqual(["VC-0002 · Capacity value", "VC-0001 · Technology cost", "VC-0003 · Avoided loss", "VC-0003 · Friction"]);
    const [capacity, technology] = items;
    if (!capacity || !technology) throw new Error("bars missing");
    const mean = (164_000 / 378_000) * 100;
    // Capacity value: down to 850,000 (14,000 / 378,000 = 3.70%) and up to 1,200,000 (364,000 / 378,000 = 96.30%).
    expect(side(capacity, "lowers")?.x).toBeCloseTo(3.704, 3);
    expect(side(capacity, "lowers")?.width).toBeCloseTo(mean - 3.704, 3);
    expect(side(capacity, "raises")?.x).toBeCloseTo(mean, 3);
    expect(side(capacity, "raises")?.width).toBeCloseTo(96.296 - mean, 3);
    // Technology cost: its P10 (1,100,000, at 69.84%) raises the mean, its P90 (900,000, at 16.93%) lowers it.
    expect(side(technology, "raises")?.width).toBeCloseTo(69.841 - mean, 3);
    expect(side(technology, "lowers")?.x).toBeCloseTo(16.931, 3);
    const legend = within(screen.getByRole("list", { name: "Legend" }));
    expect(legend.getByText("Mean 1,000,000")).toBeTruthy();
    expect(legend.getByText("Raises the mean (filled)")).toBeTruthy();
    expect(legend.getByText("Lowers the mean (outlined)")).toBeTruthy();
  });

  test("top N draws the N widest; no bars draws nothing", () => {
    renderPane(<TornadoChart bars={bars} mean={1_000_000} top={1} />);
    expect(screen.getByRole("img").getAttribute("aria-label")).toBe(
      "The line that moves the portfolio's mean value of 1,000,000 a year most, with each line at its own P10 and P90: VC-0002 · Capacity value, 850,000 at its P10 and 1,200,000 at its P90.",
    );
    expect(within(screen.getByRole("table")).getAllByRole("row")).toHaveLength(2);
  });

  test("no bars, no chart", () => {
    const { container } = renderPane(<TornadoChart bars={[]} mean={0} />);
    expect(container.querySelector("figure")).toBeNull();
  });
});
