import { beside, blockAddress, EXCEEDANCE_POINTS, label, number, TORNADO_BARS, type ReportBlock, type ReportCell, type ReportUncertainty } from "./report-parts";

/**
 * The report's two simulated blocks: the portfolio's value a year from its ranges with the tornado, and the loss
 * exceedance curve. Their figures are numbers the refresh works out (no formula of Excel 2010 draws PERT through
 * HDR), so each title says it is a snapshot, or why the block is empty.
 */

/** What a simulated block's title adds: a snapshot, not live formulas, or why it is empty. */
const snapshot = (u: ReportUncertainty | null, empty: boolean, what: string): string =>
  u === null ? " (Refresh report from the pane to simulate them)"
  : empty ? ` (none yet: ${what})`
  : ` (simulated at this refresh, ${u.trials.toLocaleString("en-GB")} trials, seed ${u.seed}: not live formulas, so refresh after changing a range)`;

/**
 * The portfolio's value a year as the ranges make it (mean, P10, P50, P90, the chance of a loss), then the tornado:
 * for the lines that move it most, how far the portfolio's mean moves with the line held at its own P10 and at its
 * P90 (a bar chart of the two changes, one left and one right of zero). `planned`: the live Planned value's formula.
 */
export function uncertaintyBlock(row: number, u: ReportUncertainty | null, planned: ReportCell): ReportBlock {
  const summary = u?.portfolio ?? null;
  const figure = (name: string, value: number | undefined, format: "amount" | "percent" = "amount"): (ReportCell | null)[] => [label(name), value === undefined ? null : number(value, format)];
  const bars = u?.tornado.slice(0, TORNADO_BARS) ?? [];
  const mean = summary?.mean ?? 0;
  const tornadoFirst = 7;
  const grid: (ReportCell | null)[][] = [
    // The plan is a live formula (planned), as in the other blocks: the simulation's own plan is the same sum.
    [label("Planned value"), planned],
    figure("Mean", summary?.mean),
    figure("P10", summary?.p10),
    figure("P50", summary?.p50),
    figure("P90", summary?.p90),
    figure("P(value < 0)", summary?.probabilityBelowZero, "percent"),
    [label("Line (contract)"), label("Change at its P10"), label("Change at its P90")],
    ...Array.from({ length: TORNADO_BARS }, (_, i): (ReportCell | null)[] => {
      const bar = bars[i];
      return bar === undefined ? [] : [label(bar.label), number(bar.low - mean, "amount"), number(bar.high - mean, "amount")];
    }),
  ];
  return {
    key: "uncertainty",
    title: `Uncertainty: the portfolio's value a year from its ranges, and the lines that move it most${snapshot(u, summary === null, "add a range to a live contract's amount in the pane")}`,
    row,
    grid,
    charts: [{
      name: "AIVM Tornado",
      type: "BarClustered",
      fallback: "BarClustered",
      source: blockAddress(row, tornadoFirst - 1, tornadoFirst - 1 + TORNADO_BARS, 0, 2),
      seriesBy: "Columns",
      title: "What moves the portfolio's mean: each line at its P10 and P90",
      position: beside(row, 3, grid.length),
    }],
  };
}

/** The live avoided-loss contracts' loss a year summed: the probability it exceeds each amount, without and with. */
export function exceedanceBlock(row: number, u: ReportUncertainty | null): ReportBlock {
  const curve = u?.exceedance ?? null;
  const grid: (ReportCell | null)[][] = [
    [label("Loss a year"), label("Without"), label("With")],
    ...Array.from({ length: EXCEEDANCE_POINTS }, (_, i): (ReportCell | null)[] => {
      const threshold = curve?.thresholds[i];
      if (curve === null || threshold === undefined) return [];
      return [number(threshold, "amount"), number(curve.without[i] ?? 0, "percent"), number(curve.with[i] ?? 0, "percent")];
    }),
  ];
  return {
    key: "exceedance",
    title: `Loss exceedance: the chance that a year's loss exceeds each amount, without and with the interventions${snapshot(u, curve === null, "add a loss exposure to a live avoided-loss contract in the pane")}`,
    row,
    grid,
    charts: [{
      name: "AIVM Loss exceedance",
      type: "Line",
      fallback: "Line",
      source: blockAddress(row, 0, EXCEEDANCE_POINTS, 0, 2),
      seriesBy: "Columns",
      title: "Loss exceedance, without and with",
      valueFormat: "0%",
      valueMaximum: 1,
      position: beside(row, 3, grid.length),
    }],
  };
}
