import { isoToSerial } from "../../src/domain/dates";
import { valueClass } from "../../src/domain/evidence";
import { ledgerFigures } from "../../src/domain/ledger-figures";
import { DECISIONS, MANDATES, VALUE_CHAINS, VALUE_CLASSES } from "../../src/domain/lists";
import { reviewStatus } from "../../src/domain/review-cadence";
import { addPeriods, periodEnd, periodLabel, periodStart, type WorkbookSettings } from "../../src/domain/settings";
import { plannedAmount, realisedAmount, type LedgerEntry } from "../../src/domain/ledger";
import { countsInHeadline } from "../../src/domain/portfolio-headline";
import type { CellValue } from "../../src/workbook/excel-api";
import type { ContractStore, StoredContract } from "../../src/workbook/contract-store";
import { BRIDGE_LINES, DUE_WINDOW_DAYS } from "../../src/workbook/report-layout";
import { valueOf } from "./fixtures";

// What the domain says every figure of the "AIVM Report" sheet is, from the contracts, ledger and reviews read through
// the store (domain functions and hand sums, never the report's formulas): for the report as the tests' calculator
// computes it (report.test.ts) and as LibreOffice computes it from a file (test/engine).

/** The 1900-system serial of an ISO date (the test's dates are valid). */
export function serialOf(iso: string): number {
  const serial = isoToSerial(iso);
  if (!serial.ok) throw new Error(serial.error.message);
  return serial.value;
}

/** The row (0-based) whose column A is `label`, at or after `from`. */
export function rowOf(values: readonly (readonly CellValue[])[], label: string, from = 0): number {
  const at = values.findIndex((row, i) => i >= from && row[0] === label);
  if (at < 0) throw new Error(`no row "${label}" in the report`);
  return at;
}

/** The row after the block whose title starts with `title`. */
export const blockOf = (values: readonly (readonly CellValue[])[], title: string): number => values.findIndex((row) => String(row[0]).startsWith(title));

/** The bridge's two tables: the header rows of its realised amounts and, under them, of its plans. */
export function bridgeTables(values: readonly (readonly CellValue[])[]): { realisedTop: number; plannedTop: number } {
  const realisedTop = rowOf(values, "Line", blockOf(values, "Value bridge"));
  return { realisedTop, plannedTop: rowOf(values, "Line", realisedTop + 1) };
}

/** Sums that agree to the rounding of 15-digit cells (see ledger-formulas.test.ts). */
export const close = (sheet: CellValue | undefined, domain: number): boolean => typeof sheet === "number" && Math.abs(sheet - domain) <= 1e-6 + 1e-12 * Math.abs(domain);

export interface DomainSide {
  readonly contracts: readonly NonNullable<StoredContract["contract"]>[];
  readonly stored: readonly StoredContract[];
  readonly ledger: ReadonlyMap<string, readonly LedgerEntry[]>;
}

/** The live portfolio as the store reads it (valid contracts whose Status counts in the pane's headline), and each one's ledger entries. */
export async function domainSide(store: ContractStore): Promise<DomainSide> {
  const list = valueOf(await store.listContracts());
  const stored = list.contracts.filter((row) => row.contract !== null && countsInHeadline(row.contract.status));
  const contracts = stored.flatMap((row) => (row.contract ? [row.contract] : []));
  const ledger = new Map<string, readonly LedgerEntry[]>();
  for (const contract of contracts) {
    const opened = valueOf(await store.openLedger(contract.id));
    ledger.set(contract.id, opened.entries.flatMap((entry) => (entry.entry ? [entry.entry] : [])));
  }
  return { contracts, stored, ledger };
}

/** What the domain's figures left for a caller to check against its own fixture. */
export interface ReportFindings {
  readonly net: readonly (CellValue | undefined)[];
  readonly realised: number;
  readonly plan: number;
  /** The row after the J-curve's last period, and the J-curve's header row. */
  readonly at: number;
  readonly jTop: number;
  readonly reviews: number;
  readonly decisions: readonly (CellValue | undefined)[];
}

/**
 * Expects every figure of the report's cells (`values`, from A1, as Range.values reads them) to be the domain's, as
 * of `today` (ISO) with the workbook's period settings.
 */
export async function expectReportToBeDomains(values: readonly (readonly CellValue[])[], store: ContractStore, asOf: string, settings: Pick<WorkbookSettings, "period" | "fiscalYearStart">): Promise<ReportFindings> {
  const TODAY = asOf;
  const SETTINGS = settings;
  const { realisedTop, plannedTop } = bridgeTables(values);
  const side = await domainSide(store);
  expect(values.flat().filter((cell) => typeof cell === "string" && cell.startsWith("#"))).toEqual([]);

  // Value bridge: each line's realised amount and plan (revenue at its margin; costs negative), then the net.
  const entries = side.contracts.flatMap((contract) => (side.ledger.get(contract.id) ?? []).map((entry) => ({ entry, contract })));
  const realisedOf = (lines: readonly string[]): number =>
    entries.filter(({ entry }) => lines.includes(entry.line)).reduce((sum, { entry, contract }) => sum + realisedAmount(entry.line, entry.actual, entry.evidenceLevel, contract.captureDecision, contract.revenueMargin ?? 0), 0);
  const plannedOf = (lines: readonly string[]): number =>
    entries
      .filter(({ entry }) => lines.includes(entry.line))
      .reduce((sum, { entry, contract }) => sum + plannedAmount(entry.line, entry.plan, contract.revenueMargin ?? 0), 0);
  let realisedNet = 0;
  let plannedNet = 0;
  for (const { name, lines } of BRIDGE_LINES) {
    realisedNet += realisedOf(lines);
    plannedNet += plannedOf(lines);
    const realised = values[rowOf(values, name, realisedTop)]?.[1];
    const planned = values[rowOf(values, name, plannedTop)]?.[1];
    expect([name, close(realised, realisedOf(lines)), close(planned, plannedOf(lines))]).toEqual([name, true, true]);
  }
  const net = [values[rowOf(values, "Net", realisedTop)]?.[1], values[rowOf(values, "Net", plannedTop)]?.[1]];
  expect([close(net[0], realisedNet), close(net[1], plannedNet)]).toEqual([true, true]);
  expect(realisedNet).not.toBe(0);
  expect(BRIDGE_LINES.filter(({ lines }) => plannedOf(lines) !== 0).length).toBeGreaterThan(4);

  // Evidence pyramid: contracts per level.
  const pyramidTop = blockOf(values, "Evidence pyramid");
  for (const level of ["Technical", "Behavioural", "Operational", "Financial", "Strategic"] as const) {
    expect([level, values[rowOf(values, level, pyramidTop)]?.[1]]).toEqual([level, side.contracts.filter((contract) => contract.evidenceLevel === level).length]);
  }

  // Value-class mix: contracts and planned value per class (the domain's valueClass and Planned value).
  const classTop = blockOf(values, "Value-class mix");
  const planned = (stored: StoredContract): number => stored.figures?.plannedValue ?? 0;
  for (const name of VALUE_CLASSES) {
    const members = side.stored.filter((row) => row.contract && row.contract.evidenceLevel !== null && valueClass(row.contract.evidenceLevel, row.contract.mandate) === name);
    const row = values[rowOf(values, name, classTop)] ?? [];
    expect([name, row[1], close(row[2], members.reduce((sum, member) => sum + planned(member), 0))]).toEqual([name, members.length, true]);
  }

  // Value chain by mandate: planned value per cell.
  const matrixTop = blockOf(values, "Planned value (a year, at run-rate) by value chain");
  expect(values[matrixTop + 1]?.slice(1, 6)).toEqual([...MANDATES]);
  for (const chain of VALUE_CHAINS) {
    const row = values[rowOf(values, chain, matrixTop)] ?? [];
    MANDATES.forEach((mandate, m) => {
      const sum = side.stored.filter((stored) => stored.contract?.valueChain === chain && stored.contract.mandate === mandate).reduce((total, stored) => total + planned(stored), 0);
      expect([chain, mandate, close(row[m + 1], sum)]).toEqual([chain, mandate, true]);
    });
  }

  // Reviews: overdue and due within 30 days as the domain's reviewStatus reads each contract's next review.
  const today = serialOf(TODAY);
  const statuses = side.stored.flatMap((stored) => {
    const next = stored.figures?.nextReview ?? null;
    const serial = next === null ? null : isoToSerial(next);
    const status = serial?.ok ? reviewStatus(serial.value, today, DUE_WINDOW_DAYS) : null;
    return status?.ok ? [status.value] : [];
  });
  const reviewsTop = blockOf(values, "Reviews:");
  expect(values[rowOf(values, "Overdue", reviewsTop)]?.[1]).toBe(statuses.filter((status) => status === "Overdue").length);
  expect(values[rowOf(values, `Due in ${DUE_WINDOW_DAYS} days`, reviewsTop)]?.[1]).toBe(statuses.filter((status) => status === "Due").length);
  expect(statuses.length).toBeGreaterThan(0);

  // Decisions this period: reviews dated from the current quarter's first day to its last, by decision.
  const live = new Set(side.contracts.map((contract) => contract.id));
  const reviews = valueOf(await store.listReviews()).flatMap((stored) => (stored.review && live.has(stored.review.contractId) ? [stored.review] : []));
  const start = periodStart(TODAY, SETTINGS);
  const end = periodEnd(start, SETTINGS.period);
  const decisionsTop = blockOf(values, "Decisions taken");
  expect(values[decisionsTop + 1]).toEqual(expect.arrayContaining(["Period from", serialOf(start), "to", serialOf(end)]));
  for (const decision of DECISIONS) {
    const taken = reviews.filter((review) => review.decision === decision && review.date >= start && review.date <= end).length;
    expect([decision, values[rowOf(values, decision, decisionsTop)]?.[1]]).toEqual([decision, taken]);
  }

  // J-curve: every period from the ledger's earliest to its latest, cumulative plan and realised as the domain's
  // ledgerFigures sums each contract's periods.
  const byPeriod = new Map<string, { plan: number; realised: number }>();
  for (const contract of side.contracts) {
    for (const period of ledgerFigures(side.ledger.get(contract.id) ?? [], contract, SETTINGS).periods) {
      const sums = byPeriod.get(period.period) ?? { plan: 0, realised: 0 };
      byPeriod.set(period.period, { plan: sums.plan + period.plan, realised: sums.realised + period.realised });
    }
  }
  const starts = [...byPeriod.keys()].sort();
  const first = starts[0] ?? "";
  const last = starts[starts.length - 1] ?? "";
  const jTop = rowOf(values, "Period", blockOf(values, "Portfolio J-curve"));
  let plan = 0;
  let realised = 0;
  let at = jTop + 1;
  for (let period = first; period <= last; period = addPeriods(period, 1, SETTINGS.period), at += 1) {
    plan += byPeriod.get(period)?.plan ?? 0;
    realised += byPeriod.get(period)?.realised ?? 0;
    const row = values[at] ?? [];
    expect([period, row[0], close(row[1], plan), close(row[2], realised), row[3]]).toEqual([period, periodLabel(period, SETTINGS), true, true, serialOf(period)]);
  }
  const decisionsAt = DECISIONS.map((decision) => values[rowOf(values, decision, decisionsTop)]?.[1]);
  return { net, realised, plan, at, jTop, reviews: reviews.length, decisions: decisionsAt };
}
