import { PROVEN_LEVELS } from "../domain/evidence";
import { BENEFIT_LINES, LIFECYCLE_COST_FIELDS, OTHER_COST_FIELDS, lineHeader, type LedgerLine } from "../domain/value-lines";
import { DECISIONS, MANDATES, VALUE_CHAINS, VALUE_CLASSES } from "../domain/lists";
import { OUTSIDE_HEADLINE } from "../domain/portfolio-headline";
import { addPeriods, periodLabel, type WorkbookSettings } from "../domain/settings";
import { columnLetter } from "./excel-api";
import { CONTRACT_HEADERS, CONTRACTS, LEDGER, LEDGER_HEADERS, REVIEW_HEADERS, REVIEWS } from "./layout";
import { columnOf, criterionKey, quoted } from "./layout-formulas";
import { beside, blockAddress, CHART_ROWS, label, REPORT_COLUMNS, type ChartSpec, type ReportBlock, type ReportCell, type ReportUncertainty } from "./report-parts";
import { exceedanceBlock, uncertaintyBlock } from "./report-uncertainty";

/**
 * What the "AIVM Report" sheet holds, as blocks at fixed places: each a title, a small grid whose figures are native
 * formulas over the tables (SUMIFS, COUNTIFS, SUMPRODUCT, TODAY: all in Excel 2010, so the report recalculates
 * without the add-in), and native charts over the grid (one per block; the value bridge has two). Pure: report.ts
 * writes it.
 *
 * The report owns exactly REPORT_AREA (columns A:M, rows 1 to REPORT_ROWS) and rewrites all of it at each refresh;
 * a user's own cells anywhere else (column N onward, or below row REPORT_ROWS) are never written. Labels are
 * constants from the domain's lists written as literal text (text-literal.ts), never as formulas; the only text a user
 * typed that it writes is the Contract IDs naming the tornado's lines, as literal text too.
 *
 * The report is the live portfolio, as the pane's headline is (countsInHeadline): Draft and Terminated contracts are
 * left out of every block. Over ValueContracts by Status criteria ("<>Draft", "<>Terminated"); over the ledger by the
 * same criteria on its Contract status column (each row's contract's Status, looked up once per row), so every ledger
 * figure is one SUMIFS over the ledger: O(ledger rows), where a SUMPRODUCT of a SUMIFS per contract was O(contracts x
 * ledger rows) and took LibreOffice over 10 minutes for 2,500 contracts and 20,000 rows (now about 30 s with the
 * report, as without it). Ledger rows whose Contract ID names no contract are left out (Contract status ""); a
 * Contract ID used by two contract rows takes the first row's Status and margin (Check workbook reports such rows).
 * The reviews, which are few, are still counted by SUMPRODUCT over the contracts of a live mask times a COUNTIFS per
 * Contract ID, each ID escaped as the to-date columns escape it (criterionKey), so "Pilot*" means itself only.
 *
 * Amounts are in the workbook's currency, favourable positive: the bridge's costs are negative, as the ledger's
 * Realised amount and Planned amount count a cost. Plans are at the contract's Revenue margin for Incremental revenue
 * (revenue is not profit, ledger-figures.ts): the ledger's Planned amount.
 */

export const REPORT_SHEET = "AIVM Report";
export { CHART_TYPE_API_SET, EXCEEDANCE_POINTS, REPORT_COLUMNS, TORNADO_BARS, type ChartSpec, type ReportCell, type ReportUncertainty } from "./report-parts";
/** Periods the J-curve shows at most (15 years of quarters, 5 of months); earlier ones still count in its cumulative sums. */
export const MAX_PERIODS = 60;
/** Blank rows between blocks. */
const GAP = 2;
/** The first block's title row (0-based): rows 1-2 hold the report's title and what it owns. */
const FIRST_ROW = 3;


/** What a refresh knows when it lays the report out. */
export interface ReportInput {
  readonly settings: Pick<WorkbookSettings, "period" | "fiscalYearStart">;
  /** Period starts (ISO) found in the ledger, in any order; the J-curve runs from the earliest to the latest. */
  readonly periods: readonly string[];
  /** The current period's first and last day (ISO), for the decisions block. */
  readonly currentPeriod: { readonly start: string; readonly end: string };
  /** ISO date -> serial in the workbook's date system. */
  readonly serialOf: (iso: string) => number;
  /** The simulation's figures; null or absent leaves the two uncertainty blocks empty but for their note. */
  readonly uncertainty?: ReportUncertainty | null;
}

export interface ReportLayout {
  readonly blocks: readonly ReportBlock[];
  /** Periods the J-curve shows, and those left out before them (MAX_PERIODS). */
  readonly periods: number;
  readonly periodsLeftOut: number;
  /** Rows from row 1 to the last block's end: the J-curve's chart, or its last period's row if lower. */
  readonly rows: number;
}

/** Rows a block takes with its gap: its title and grid, or its stacked charts if taller. */
function blockHeight(block: ReportBlock): number {
  return Math.max(1 + block.grid.length, block.charts.length * CHART_ROWS) + GAP;
}

/** A whole column of a table by its field's key: ValueLedger[Realised amount]. */
type LedgerKey = keyof typeof LEDGER_HEADERS;
const contracts = (key: keyof typeof CONTRACT_HEADERS): string => columnOf(CONTRACTS.table, CONTRACT_HEADERS[key]);
const ledger = (key: LedgerKey): string => columnOf(LEDGER.table, LEDGER_HEADERS[key]);
const reviews = (key: keyof typeof REVIEW_HEADERS): string => columnOf(REVIEWS.table, REVIEW_HEADERS[key]);

/** An absolute reference to a cell of the report: $B$12 (0-based row and column). */
const cell = (row: number, column: number): string => `$${columnLetter(column)}$${row + 1}`;
const amount = (formula: string): ReportCell => ({ kind: "formula", formula, format: "amount" });
const count = (formula: string): ReportCell => ({ kind: "formula", formula, format: "count" });

/** COUNTIFS / SUMIFS criteria pairs over ValueContracts that keep the live contracts: Status "<>Draft", "<>Terminated". */
const LIVE: readonly string[] = OUTSIDE_HEADLINE.flatMap((status) => [contracts("status"), quoted(`<>${status}`)]);

/** Per contract row, 1 for a live contract and 0 for a Draft or Terminated one: an array for SUMPRODUCT (the decisions block). */
const LIVE_MASK = OUTSIDE_HEADLINE.map((status) => `(${contracts("status")}<>${quoted(status)})`).join("*");

/**
 * Over the live contracts, the sum of a per-contract SUMIFS or COUNTIFS of another table: `fn(range, key criterion,
 * ...criteria)` with the contract's escaped Contract ID, times `factors` (SUMPRODUCT evaluates its arguments as
 * arrays, so the ID is one criterion per contract row, in any Excel; text and blanks in a factor count 0).
 */
const perLiveContract = (fn: "SUMIFS" | "COUNTIFS", head: readonly string[], criteria: readonly string[], ...factors: string[]): string =>
  `SUMPRODUCT(${[LIVE_MASK, ...factors].join(",")},${fn}(${[...head, criterionKey(contracts("id")), ...criteria].join(",")}))`;

/**
 * SUMIFS criteria pairs over the ledger that keep the live contracts' rows: Contract status (each row's contract's
 * Status, "" when its Contract ID names no contract) "<>Draft", "<>Terminated", and "?*" (non-empty text: a contract
 * exists). One SUMIFS over the ledger per figure, not one per contract.
 */
const LIVE_LEDGER: readonly string[] = [...OUTSIDE_HEADLINE.flatMap((status) => [ledger("contractStatus"), quoted(`<>${status}`)]), ledger("contractStatus"), quoted("?*")];

/** A ledger column summed over the live contracts' rows meeting the criteria. */
const liveLedger = (column: LedgerKey, ...criteria: string[]): string => `SUMIFS(${[ledger(column), ...criteria, ...LIVE_LEDGER].join(",")})`;

/** SUMIFS of a ledger column over a line (and further criteria), live contracts only. */
const ledgerSum = (column: LedgerKey, line: LedgerLine, ...criteria: string[]): string => liveLedger(column, ledger("line"), quoted(line), ...criteria);

/** The bridge's rows (tests sum the domain's side by them): the five benefits, the lifecycle cost (its eight lines together) and the three other costs. */
const LIFECYCLE_LINES: readonly LedgerLine[] = LIFECYCLE_COST_FIELDS.map((key) => lineHeader(key));
export const BRIDGE_LINES: readonly { readonly name: string; readonly lines: readonly LedgerLine[] }[] = [
  ...BENEFIT_LINES.map((line) => ({ name: line, lines: [line] })),
  { name: "Lifecycle cost", lines: LIFECYCLE_LINES },
  ...OTHER_COST_FIELDS.map((key) => ({ name: lineHeader(key), lines: [lineHeader(key)] })),
];

/**
 * The value bridge, favourable positive: each line's realised amount to date and its net, then under them each line's
 * plan and its net. A waterfall draws one series, from a block whose first column is its steps' names, so each
 * amount has its own two-column table (labels and amounts) and its own waterfall: realised on top, planned below.
 */
function bridge(row: number): ReportBlock {
  const steps = BRIDGE_LINES.length;
  /** Grid rows: a header, the lines, Net; a blank row; then the same for the plan. */
  const plannedFirst = steps + 3;
  const table = (first: number, heading: string, amountOf: (lines: readonly LedgerLine[]) => string): (ReportCell | null)[][] => {
    const top = row + 2 + first;
    return [
      [label("Line"), label(heading)],
      ...BRIDGE_LINES.map(({ name, lines }) => [label(name), amount(`=${amountOf(lines)}`)]),
      [label("Net"), amount(`=SUM(${cell(top, 1)}:${cell(top + steps - 1, 1)})`)],
    ];
  };
  const grid = [
    ...table(0, "Realised to date", (lines) => lines.map((line) => ledgerSum("realisedAmount", line)).join("+")),
    [],
    ...table(plannedFirst, "Planned", (lines) => lines.map((line) => ledgerSum("plannedAmount", line)).join("+")),
  ];
  // Each waterfall's source is its lines and their amounts: the steps end at the net, so the Net row is not a step.
  const waterfall = (name: string, title: string, first: number, slot: number): ChartSpec => ({
    name,
    type: "Waterfall",
    fallback: "ColumnClustered",
    source: blockAddress(row, first, first + steps, 0, 1),
    seriesBy: "Columns",
    title,
    position: beside(row, 2, grid.length, slot),
  });
  return {
    key: "bridge",
    title: "Value bridge: realised to date, then planned, by line of the value equation (costs negative)",
    row,
    grid,
    charts: [
      { ...waterfall("AIVM Value bridge (realised)", "Value bridge (realised to date)", 0, 0), formerName: "AIVM Value bridge" },
      waterfall("AIVM Value bridge (planned)", "Value bridge (planned)", plannedFirst, 1),
    ],
  };
}

/** A block of one count (or amount) per name of a list. */
function perName(key: string, row: number, title: string, names: readonly string[], headers: readonly string[], cells: (name: string) => ReportCell[], chart: Omit<ChartSpec, "source" | "position">): ReportBlock {
  const grid = [headers.map(label), ...names.map((name) => [label(name), ...cells(name)])];
  return { key, title, row, grid, charts: [{ ...chart, source: blockAddress(row, 0, names.length, 0, 1), position: beside(row, headers.length, grid.length) }] };
}

function evidencePyramid(row: number): ReportBlock {
  return perName("evidence", row, "Evidence pyramid: contracts by evidence level", PROVEN_LEVELS, ["Evidence level", "Contracts"], (level) => [count(`=COUNTIFS(${[contracts("evidenceLevel"), quoted(level), ...LIVE].join(",")})`)], {
    name: "AIVM Evidence pyramid",
    type: "BarClustered",
    fallback: "BarClustered",
    seriesBy: "Columns",
    title: "Contracts by evidence level",
  });
}

function valueClassMix(row: number): ReportBlock {
  return perName(
    "classes",
    row,
    "Value-class mix: contracts and planned value (a year, at run-rate) by value class",
    VALUE_CLASSES,
    ["Value class", "Contracts", "Planned value"],
    (name) => [count(`=COUNTIFS(${[contracts("valueClass"), quoted(name), ...LIVE].join(",")})`), amount(`=SUMIFS(${[contracts("plannedValue"), contracts("valueClass"), quoted(name), ...LIVE].join(",")})`)],
    { name: "AIVM Value-class mix", type: "Pie", fallback: "Pie", seriesBy: "Columns", title: "Contracts by value class" },
  );
}

function chainByMandate(row: number): ReportBlock {
  const grid = [
    [label("Value chain"), ...MANDATES.map(label)],
    ...VALUE_CHAINS.map((chain) => [label(chain), ...MANDATES.map((mandate) => amount(`=SUMIFS(${[contracts("plannedValue"), contracts("valueChain"), quoted(chain), contracts("mandate"), quoted(mandate), ...LIVE].join(",")})`))]),
  ];
  return {
    key: "matrix",
    title: "Planned value (a year, at run-rate) by value chain and mandate",
    row,
    grid,
    charts: [{
      name: "AIVM Value chain by mandate",
      type: "ColumnStacked",
      fallback: "ColumnStacked",
      source: blockAddress(row, 0, VALUE_CHAINS.length, 0, MANDATES.length),
      seriesBy: "Columns",
      title: "Planned value by value chain and mandate",
      position: beside(row, MANDATES.length + 1, grid.length),
    }],
  };
}

/** Reviews overdue (Next review before today) and due within 30 days, recalculated each day by TODAY(). */
export const DUE_WINDOW_DAYS = 30;
function reviewsDue(row: number): ReportBlock {
  const next = contracts("nextReview");
  return perName(
    "reviews",
    row,
    `Reviews: contracts overdue, and due in the next ${DUE_WINDOW_DAYS} days (as of today)`,
    ["Overdue", `Due in ${DUE_WINDOW_DAYS} days`],
    ["Reviews", "Contracts"],
    (name) => [count(`=COUNTIFS(${[...(name === "Overdue" ? [next, `"<"&TODAY()`] : [next, `">="&TODAY()`, next, `"<="&(TODAY()+${DUE_WINDOW_DAYS})`]), ...LIVE].join(",")})`)],
    { name: "AIVM Reviews due", type: "ColumnClustered", fallback: "ColumnClustered", seriesBy: "Columns", title: "Reviews overdue and due" },
  );
}

/** Reviews per decision dated in the current period (its first and last day written at refresh, in the first grid row). */
function decisions(row: number, input: ReportInput): ReportBlock {
  const periodRow = row + 1;
  const from = cell(periodRow, 1);
  const to = cell(periodRow, 3);
  const grid: (ReportCell | null)[][] = [
    [label("Period from"), { kind: "date", serial: input.serialOf(input.currentPeriod.start) }, label("to"), { kind: "date", serial: input.serialOf(input.currentPeriod.end) }],
    [label("Decision"), label("Reviews")],
    ...DECISIONS.map((decision) => [label(decision), count(`=${perLiveContract("COUNTIFS", [reviews("contractId")], [reviews("decision"), quoted(decision), reviews("date"), `">="&${from}`, reviews("date"), `"<="&${to}`])}`)]),
  ];
  return {
    key: "decisions",
    title: "Decisions taken this period: reviews by decision",
    row,
    grid,
    charts: [{
      name: "AIVM Decisions this period",
      type: "BarClustered",
      fallback: "BarClustered",
      source: blockAddress(row, 1, 1 + DECISIONS.length, 0, 1),
      seriesBy: "Columns",
      title: "Decisions taken this period",
      position: beside(row, 4, grid.length),
    }],
  };
}

/** The periods from the earliest to the latest in the ledger, every one between included, the latest MAX_PERIODS kept. */
export function reportPeriods(starts: readonly string[], kind: WorkbookSettings["period"]): { shown: string[]; leftOut: number } {
  const sorted = [...new Set(starts)].sort();
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined) return { shown: [], leftOut: 0 };
  const all: string[] = [];
  for (let period = first; period <= last; period = addPeriods(period, 1, kind)) all.push(period);
  return { shown: all.slice(-MAX_PERIODS), leftOut: Math.max(0, all.length - MAX_PERIODS) };
}

/** The portfolio's J-curve: cumulative net plan and realised amount at the end of each period. */
function jCurve(row: number, input: ReportInput, shown: readonly string[]): ReportBlock {
  const grid = [
    [label("Period"), label("Cumulative plan"), label("Cumulative realised"), label("Period start")],
    ...shown.map((period, i) => {
      const upTo = `${ledger("period")},"<="&${cell(row + 2 + i, 3)}`;
      return [
        label(periodLabel(period, input.settings)),
        amount(`=${liveLedger("plannedAmount", upTo)}`),
        amount(`=${liveLedger("realisedAmount", upTo)}`),
        { kind: "date", serial: input.serialOf(period) } satisfies ReportCell,
      ];
    }),
  ];
  return {
    key: "jcurve",
    title: "Portfolio J-curve: cumulative plan and realised amount, net of costs, by period",
    row,
    grid,
    charts: [{
      name: "AIVM Portfolio J-curve",
      type: "Line",
      fallback: "Line",
      source: blockAddress(row, 0, Math.max(1, shown.length), 0, 2),
      seriesBy: "Columns",
      title: "Portfolio J-curve",
      position: beside(row, 4, Math.min(grid.length, CHART_ROWS - 1)),
    }],
  };
}

/** The report's blocks, top to bottom; the J-curve, whose length varies, last. */
export function reportLayout(input: ReportInput): ReportLayout {
  const { shown, leftOut } = reportPeriods(input.periods, input.settings.period);
  const builders: ((row: number) => ReportBlock)[] = [bridge, evidencePyramid, valueClassMix, chainByMandate, reviewsDue, (row) => decisions(row, input), (row) => uncertaintyBlock(row, input.uncertainty ?? null, amount(`=SUMIFS(${[contracts("plannedValue"), ...LIVE].join(",")})`)),
    (row) => exceedanceBlock(row, input.uncertainty ?? null), (row) => jCurve(row, input, shown)];
  const blocks: ReportBlock[] = [];
  let row = FIRST_ROW;
  for (const build of builders) {
    const block = build(row);
    blocks.push(block);
    row += blockHeight(block);
  }
  return { blocks, periods: shown.length, periodsLeftOut: leftOut, rows: row - GAP };
}

/** Rows the report owns, from row 1: every block as laid out with the J-curve at its largest (MAX_PERIODS). */
export const REPORT_ROWS = reportLayout({
  settings: { period: "Month", fiscalYearStart: "January" },
  periods: Array.from({ length: MAX_PERIODS }, (_, i) => addPeriods("2000-01-01", i, "Month")),
  currentPeriod: { start: "2000-01-01", end: "2000-01-31" },
  serialOf: () => 0,
}).rows;

/** The report's own cells: "A1:M<REPORT_ROWS>". */
export const REPORT_AREA = `A1:${columnLetter(REPORT_COLUMNS - 1)}${REPORT_ROWS}`;

/** Every chart of the report (their names do not depend on the data). */
export const REPORT_CHART_COUNT = 10;
