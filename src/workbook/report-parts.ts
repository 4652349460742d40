import type { ExceedanceCurve } from "../domain/loss-exposure";
import type { SimulationSummary } from "../domain/portfolio-simulation";
import { columnLetter, type ChartTypeName } from "./excel-api";

/**
 * What every block of the "AIVM Report" sheet is made of (report-layout.ts lays them out): its cells, its native
 * charts and where they sit, and the simulation's figures the two uncertainty blocks show (report-uncertainty.ts).
 */

/** The report's columns: A to M. */
export const REPORT_COLUMNS = 13;

/** Rows a chart takes beside its block (about 300 px at Excel's default 20 px rows). */
export const CHART_ROWS = 16;

/**
 * The ExcelApi requirement set that brought each chart type: Waterfall is one of the types ExcelApi 1.9 added
 * (learn.microsoft.com/javascript/api/excel/excel.charttype, each member's "[Api set: ExcelApi 1.9]"; the same in
 * @types/office-js); the others are in ExcelApi 1.1 with Chart itself.
 */
export const CHART_TYPE_API_SET: Readonly<Record<ChartTypeName, string>> = {
  Waterfall: "1.9",
  ColumnClustered: "1.1",
  ColumnStacked: "1.1",
  BarClustered: "1.1",
  Pie: "1.1",
  Line: "1.1",
};

/** A native chart of the report: what it shows and where it sits, all on the report sheet. */
export interface ChartSpec {
  /** Its name in Excel (how a refresh finds it again): "AIVM Value bridge (realised)". */
  readonly name: string;
  /** The name an earlier AIVM gave this chart: a refresh that finds only that one renames it, so it is not left beside a new one. */
  readonly formerName?: string;
  readonly type: ChartTypeName;
  /** What to use where Excel lacks `type`. */
  readonly fallback: ChartTypeName;
  /** The source block on the report sheet, A1 without the sheet: "A5:B14". */
  readonly source: string;
  readonly seriesBy: "Columns" | "Rows";
  readonly title: string;
  /** The value axis's number format where the cells' own would not read right ("0%" for probabilities); Excel's default otherwise. */
  readonly valueFormat?: string;
  /** The value axis's top, where Excel's automatic one would pass a true limit (1: a chance is at most 100%). */
  readonly valueMaximum?: number;
  /** Top-left and bottom-right cells the chart covers, beside its block. */
  readonly position: { readonly start: string; readonly end: string };
}

/**
 * A cell of the report: a constant label (written as literal text), a date, a formula, a number worked out at the
 * refresh (the simulation's figures, which no formula of Excel 2010 can compute), or blank.
 */
export type ReportCell =
  | { readonly kind: "label"; readonly text: string }
  | { readonly kind: "date"; readonly serial: number }
  | { readonly kind: "formula"; readonly formula: string; readonly format: "amount" | "count" }
  | { readonly kind: "number"; readonly value: number; readonly format: "amount" | "percent" };

/**
 * The simulation's figures for the report, worked out by the refresh (portfolio-simulation.ts, loss-exposure.ts):
 * a snapshot, labelled as one, since the sheet cannot recalculate them.
 */
export interface ReportUncertainty {
  readonly trials: number;
  readonly seed: number;
  /** The simulated summary of the live contracts' value a year; null when no live contract has a range. */
  readonly portfolio: SimulationSummary | null;
  /** The widest bars first (at most TORNADO_BARS are shown): "VC-0007: Capacity value", the portfolio's mean with the line at its P10 and P90. */
  readonly tornado: readonly { readonly label: string; readonly low: number; readonly high: number }[];
  /** The live avoided-loss contracts' losses summed, at EXCEEDANCE_POINTS thresholds; null when none has a LossExposure row. */
  readonly exceedance: ExceedanceCurve | null;
}

/** Bars of the report's tornado, and thresholds of its exceedance curve. */
export const TORNADO_BARS = 10;
export const EXCEEDANCE_POINTS = 21;

export interface ReportBlock {
  readonly key: string;
  readonly title: string;
  /** 0-based row of the title; the grid starts on the next row, in column A. */
  readonly row: number;
  readonly grid: readonly (readonly (ReportCell | null)[])[];
  /** Its charts, beside the grid, stacked top to bottom. */
  readonly charts: readonly ChartSpec[];
}

/** A constant label of the report (written as literal text). */
export const label = (text: string): ReportCell => ({ kind: "label", text });
/** A number worked out at the refresh, as an amount or a percentage. */
export const number = (value: number, format: "amount" | "percent"): ReportCell => ({ kind: "number", value, format });

/**
 * A chart beside a block: from the title row, right of the grid (one column between) to column M, as tall as the
 * block's grid or CHART_ROWS. Stacked charts (`slot` 0, 1, ... given) take CHART_ROWS each, the first at the title row.
 */
export function beside(row: number, gridColumns: number, gridRows: number, slot?: number): ChartSpec["position"] {
  const top = row + (slot ?? 0) * CHART_ROWS;
  const height = slot === undefined ? Math.max(1 + gridRows, CHART_ROWS) : CHART_ROWS;
  return { start: `${columnLetter(gridColumns + 1)}${top + 1}`, end: `${columnLetter(REPORT_COLUMNS - 1)}${top + height}` };
}

/** A1 block of the grid's rows `first..last` (0-based within the grid) and columns `from..to`. */
export const blockAddress = (row: number, first: number, last: number, from: number, to: number): string =>
  `${columnLetter(from)}${row + 2 + first}:${columnLetter(to)}${row + 2 + last}`;

