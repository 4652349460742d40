import { isoToSerial } from "../domain/dates";
import { periodEnd, periodStart, type WorkbookSettings } from "../domain/settings";
import type { ChartLike, ChartTypeName, ExcelContext, WorksheetLike } from "./excel-api";
import { reportCells, reportLook } from "./report-cells";
import { REPORT_AREA, REPORT_SHEET, reportLayout, type ChartSpec, type ReportUncertainty } from "./report-layout";

/**
 * Writes the "AIVM Report" sheet (report-layout.ts) and its native charts. The sheet is created when missing; its
 * cells are written in REPORT_AREA only (formulas and number formats, one write each, and bold titles), so a user's
 * own cells beside or below it stay as they are; the widths of its label and figure columns (A to F) are set too. Each chart is found by its name: created when missing, otherwise pointed at its
 * (possibly longer) source and retitled in place, so refreshing twice never duplicates a chart, and a chart the user
 * moved or resized stays where they put it. A chart found only by the name an earlier AIVM gave it (the single
 * "AIVM Value bridge", now the realised one of two) is renamed, not left beside a new one.
 *
 * Round trips: the caller queues the sheet's lookup (queueReportSheet) with its own reads; then one request when the
 * sheet is new (cells and charts together), two when it exists (the charts' lookup, then the writes).
 */

/** A chart drawn with another type than the report asks for, because this Excel lacks it. */
export interface ChartFallback {
  readonly chart: string;
  readonly wanted: ChartTypeName;
  readonly used: ChartTypeName;
}

/** What a refresh did. */
export interface ReportSummary {
  readonly sheet: string;
  /** Whether this refresh created the sheet. */
  readonly sheetCreated: boolean;
  /** Names of the charts created and of those updated in place. */
  readonly created: readonly string[];
  readonly updated: readonly string[];
  /** Charts whose type this Excel lacks (Waterfall before ExcelApi 1.9), drawn with their fallback. */
  readonly fallbacks: readonly ChartFallback[];
  /** Periods the J-curve shows, and the earliest ones left out of its rows (they still count in its sums). */
  readonly periods: number;
  readonly periodsLeftOut: number;
}

export interface ReportOptions {
  readonly settings: Pick<WorkbookSettings, "period" | "fiscalYearStart">;
  /** The period starts found in the ledger (ISO yyyy-mm-dd). */
  readonly periods: readonly string[];
  /** Today (ISO): the current period for the decisions block, and the date in the report's note. */
  readonly today: string;
  /** The workbook's date system: a serial here is the 1900-system serial less this (1462 in the 1904 system). */
  readonly dateOffset: number;
  /** Whether this Excel draws a chart type (the pane: isSetSupported("ExcelApi", CHART_TYPE_API_SET[type])). */
  readonly supportsChartType: (type: ChartTypeName) => boolean;
  /** The report sheet's lookup (queueReportSheet), synced by the caller. */
  readonly sheet: WorksheetLike;
  /** The simulated figures of the uncertainty blocks (the store works them out); absent leaves them empty. */
  readonly uncertainty?: ReportUncertainty | null;
}

/** Queues the report sheet's lookup: isNullObject is known after the caller's next sync. */
export function queueReportSheet(context: ExcelContext): WorksheetLike {
  return context.workbook.worksheets.getItemOrNullObject(REPORT_SHEET).load("isNullObject");
}

export async function refreshReport(context: ExcelContext, options: ReportOptions): Promise<ReportSummary> {
  const serialOf = (iso: string): number => {
    const serial = isoToSerial(iso);
    return serial.ok ? serial.value - options.dateOffset : 0;
  };
  const start = periodStart(options.today, options.settings);
  const layout = reportLayout({ settings: options.settings, periods: options.periods, currentPeriod: { start, end: periodEnd(start, options.settings.period) }, serialOf, uncertainty: options.uncertainty ?? null });
  const sheetCreated = options.sheet.isNullObject;
  const sheet = sheetCreated ? context.workbook.worksheets.add(REPORT_SHEET) : options.sheet;
  const specs = layout.blocks.flatMap((block) => block.charts);
  // Each chart by its name, and by the name an earlier AIVM gave it (used only when the first is missing).
  const lookup = (name: string | undefined): ChartLike | null => (sheetCreated || name === undefined ? null : sheet.charts.getItemOrNullObject(name));
  const existing = specs.map((spec) => ({ current: lookup(spec.name), former: lookup(spec.formerName) }));
  if (!sheetCreated) await context.sync();

  const { formulas, numberFormat } = reportCells(layout, options.today);
  const area = sheet.getRange(REPORT_AREA);
  area.numberFormat = numberFormat;
  area.formulas = formulas;
  // Readable without the add-in, in the same request: bold titles (the area's bold is the report's, like its cells),
  // and columns wide enough for the labels and the figures.
  const look = reportLook(layout);
  area.format.font.bold = false;
  for (const address of look.bold) sheet.getRange(address).format.font.bold = true;
  for (const { columns, points } of look.widths) sheet.getRange(columns).format.columnWidth = points;
  const created: string[] = [];
  const updated: string[] = [];
  const fallbacks: ChartFallback[] = [];
  specs.forEach((spec, i) => {
    const supported = options.supportsChartType(spec.type);
    const type = supported ? spec.type : spec.fallback;
    if (!supported) fallbacks.push({ chart: spec.name, wanted: spec.type, used: type });
    const source = sheet.getRange(spec.source);
    const { current = null, former = null } = existing[i] ?? {};
    const found = current !== null && !current.isNullObject ? current : former !== null && !former.isNullObject ? former : null;
    if (found !== null) {
      if (found === former) found.name = spec.name;
      found.setData(source, spec.seriesBy);
      found.title.text = spec.title;
      valueAxisOf(found, spec);
      updated.push(spec.name);
      return;
    }
    const chart = sheet.charts.add(type, source, spec.seriesBy);
    chart.name = spec.name;
    chart.title.text = spec.title;
    valueAxisOf(chart, spec);
    chart.setPosition(spec.position.start, spec.position.end);
    created.push(spec.name);
  });
  await context.sync();
  return { sheet: REPORT_SHEET, sheetCreated, created, updated, fallbacks, periods: layout.periods, periodsLeftOut: layout.periodsLeftOut };
}

/** The value axis as the spec asks (a format, a maximum); left to Excel where it does not. */
function valueAxisOf(chart: ChartLike, spec: ChartSpec): void {
  if (spec.valueFormat !== undefined) chart.axes.valueAxis.numberFormat = spec.valueFormat;
  if (spec.valueMaximum !== undefined) chart.axes.valueAxis.maximum = spec.valueMaximum;
}
