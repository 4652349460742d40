import { payback, trough } from "./cash-flow";
import type { ValueContract } from "./contract";
import { daysInMonth } from "./dates";
import { isBenefitLine, realisedAmount, type LedgerEntry, type LedgerLine } from "./ledger";
import { ledgerSums } from "./ledger-sums";
import { EVIDENCE_LEVELS, type EvidenceLevel } from "./lists";
import { monthsIn, periodEnd, periodLabel, type MonthName, type PeriodKind } from "./settings";

/**
 * What a contract's value ledger adds up to: plan against realised value period by period (the
 * J-curve of Brynjolfsson, Rock and Syverson's "Productivity J-Curve", seen in one contract), and the
 * actuals to date split by how they count, so forecast, evidenced and realised value stay apart.
 * Amounts are in the workbook's currency, favourable positive (benefits +, costs -), never rounded.
 */

/** The fields of a ledger row these figures read: a stored entry or one about to be recorded. */
export type LedgerFigureEntry = Pick<LedgerEntry, "period" | "line" | "plan" | "forecast" | "actual" | "evidenceLevel">;

/** One period of a contract's ledger. Amounts in the workbook's currency, net: benefits - costs. */
export interface LedgerPeriod {
  /** ISO yyyy-mm-dd, the period's first day. */
  readonly period: string;
  /** "Q1 FY2026" or "2026-03", when the settings say when the fiscal year starts. */
  readonly label?: string;
  /** Planned benefits (Incremental revenue at its Revenue margin, none stated counting as 0) - planned costs. */
  readonly plan: number;
  /** As plan, each line at its forecast, or its plan while the forecast is blank. */
  readonly forecast: number;
  /** Sum of the lines' realised amounts (ledger.ts realisedAmount): realised benefits - actual costs. */
  readonly realised: number;
  /** Whether any line of the period has an actual. */
  readonly measured: boolean;
  /** Net plan of this period and every earlier one. */
  readonly cumulativePlan: number;
  /** Realised amount of this period and every earlier one. */
  readonly cumulativeRealised: number;
}

/** A contract's ledger summed up. Amounts in the workbook's currency, favourable positive. */
export interface LedgerFigures {
  /** The periods that have entries, earliest first. */
  readonly periods: readonly LedgerPeriod[];
  /**
   * Net plan of the periods to date: those with an actual, and, given asOf, also every period that has
   * ended by then (so a period due but left unmeasured shows as a shortfall instead of dropping out).
   */
  readonly planToDate: number;
  /** Sum of every line's realised amount (the contract's Realised to date column). */
  readonly realisedToDate: number;
  /** Sum of the actuals on lines counting as "Evidenced leading indicator" (the Evidenced to date column). */
  readonly evidencedToDate: number;
  /** Sum of the actuals on lines counting as "Capability value". */
  readonly capabilityToDate: number;
  /** Sum of the actuals on lines counting as "Strategic option value". */
  readonly optionToDate: number;
  /** Sum of the actuals on lines counting as "Unsupported optimism" (a benefit measured without evidence). */
  readonly unsupportedToDate: number;
  /** Sum of the lines' variances, favourable positive (the Variance to date column); blank actuals add nothing. */
  readonly varianceToDate: number;
  /**
   * Periods from the first period until the cumulative realised amount turns non-negative for good, as
   * AIVM.PAYBACK counts them (the first period is period 0; discounted at the workbook's rate), read up to the last measured
   * period; null while it is still below 0 there, or nothing is measured.
   */
  readonly paybackPeriods: number | null;
  /** Depth of the J-curve: the lowest cumulative realised amount, 0 or negative (AIVM.TROUGH, discounted at the workbook's rate). */
  readonly troughDepth: number;
  /**
   * Fraction (0.25 = 25%) of the planned benefits of the periods to date whose line has no actual with
   * Behavioural evidence or stronger: blank, or measured with None, Technical or no evidence. Each line
   * weighs its plan (Incremental revenue at its margin). null when no benefit was planned to date.
   */
  readonly unsupportedShare: number | null;
  /**
   * Whole months from the first period's first day to asOf, or without asOf to the last day of the last
   * measured period (a month counts once its last day is reached: a quarter measured to its end is 3); 0
   * when there is neither.
   */
  readonly elapsedMonths: number;
}

/** The contract fields that decide how its lines count. */
export type LedgerFigureContract = Pick<ValueContract, "captureDecision" | "revenueMargin">;

/** How the workbook cuts periods; a label needs the fiscal year's first month. */
export interface LedgerFigureSettings {
  readonly period: PeriodKind;
  readonly fiscalYearStart?: MonthName;
  /** The workbook's Discount rate: a fraction a year (0.08 = 8%); payback and trough discount by it. Blank or 0: undiscounted. */
  readonly discountRate?: number | null;
}

/** An annual rate as the rate of one period of `kind`: (1 + annual)^(months / 12) - 1. */
export function periodRate(annual: number, kind: PeriodKind): number {
  return Math.pow(1 + annual, monthsIn(kind) / 12) - 1;
}

const BEHAVIOURAL = EVIDENCE_LEVELS.indexOf("Behavioural");
const evidenceRank = (level: EvidenceLevel | null): number => (level === null ? -1 : EVIDENCE_LEVELS.indexOf(level));

/** A line's amount in the net plan: + a benefit (revenue at its margin), - a cost. */
function netAmount(line: LedgerLine, amount: number, margin: number): number {
  if (!isBenefitLine(line)) return -amount;
  return line === "Incremental revenue" ? amount * margin : amount;
}

interface PeriodSums {
  plan: number;
  forecast: number;
  realised: number;
  measured: boolean;
  plannedBenefit: number;
  unsupportedBenefit: number;
}

/**
 * The figures of ONE contract's ledger entries (the caller picks the rows with its Contract ID, as the
 * workbook's SUMIFS do). asOf is an ISO date (yyyy-mm-dd): it decides which periods are to date and
 * where elapsedMonths ends.
 */
export function ledgerFigures(entries: readonly LedgerFigureEntry[], contract: LedgerFigureContract, settings: LedgerFigureSettings, asOf?: string): LedgerFigures {
  const margin = contract.revenueMargin ?? 0;
  const capture = contract.captureDecision;
  const sums = new Map<string, PeriodSums>();
  // The to-date totals are the ledger's sums, as the list and the contract's to-date columns have them.
  const toDate = ledgerSums(entries, capture, contract.revenueMargin);
  for (const entry of entries) {
    const period = sums.get(entry.period) ?? { plan: 0, forecast: 0, realised: 0, measured: false, plannedBenefit: 0, unsupportedBenefit: 0 };
    sums.set(entry.period, period);
    const plan = entry.plan ?? 0;
    period.plan += netAmount(entry.line, plan, margin);
    period.forecast += netAmount(entry.line, entry.forecast ?? plan, margin);
    period.realised += realisedAmount(entry.line, entry.actual, entry.evidenceLevel, capture, margin);
    if (entry.actual !== null) period.measured = true;
    if (isBenefitLine(entry.line)) {
      const planned = netAmount(entry.line, plan, margin);
      period.plannedBenefit += planned;
      if (entry.actual === null || evidenceRank(entry.evidenceLevel) < BEHAVIOURAL) period.unsupportedBenefit += planned;
    }
  }

  const starts = [...sums.keys()].sort();
  const periods: LedgerPeriod[] = [];
  let cumulativePlan = 0;
  let cumulativeRealised = 0;
  let planToDate = 0;
  let plannedBenefit = 0;
  let unsupportedBenefit = 0;
  let lastMeasured: string | null = null;
  for (const start of starts) {
    const period = sums.get(start);
    if (period === undefined) continue;
    cumulativePlan += period.plan;
    cumulativeRealised += period.realised;
    const label = settings.fiscalYearStart === undefined ? {} : { label: periodLabel(start, { period: settings.period, fiscalYearStart: settings.fiscalYearStart }) };
    periods.push({ period: start, ...label, plan: period.plan, forecast: period.forecast, realised: period.realised, measured: period.measured, cumulativePlan, cumulativeRealised });
    if (period.measured) lastMeasured = start;
    if (period.measured || (asOf !== undefined && periodEnd(start, settings.period) <= asOf)) {
      planToDate += period.plan;
      plannedBenefit += period.plannedBenefit;
      unsupportedBenefit += period.unsupportedBenefit;
    }
  }

  // Up to the last measured period: later ones have nothing realised yet, and with nothing measured at
  // all there is nothing to pay back (PAYBACK would read all zeros as paid back at once).
  const measuredCount = lastMeasured === null ? 0 : starts.indexOf(lastMeasured) + 1;
  const realisedFlows = periods.slice(0, measuredCount).map((period) => period.realised);
  const rate = periodRate(settings.discountRate ?? 0, settings.period);
  const paidBack = payback(realisedFlows, rate);
  const deepest = trough(realisedFlows, rate);
  const first = starts[0];
  const end = asOf ?? (lastMeasured === null ? undefined : periodEnd(lastMeasured, settings.period));
  return {
    periods,
    planToDate,
    realisedToDate: toDate.realised,
    evidencedToDate: toDate.evidenced,
    capabilityToDate: toDate.capability,
    optionToDate: toDate.option,
    unsupportedToDate: toDate.unsupported,
    varianceToDate: toDate.variance,
    paybackPeriods: paidBack.ok ? paidBack.value : null,
    troughDepth: deepest.ok ? deepest.value : 0,
    unsupportedShare: plannedBenefit > 0 ? unsupportedBenefit / plannedBenefit : null,
    elapsedMonths: first === undefined || end === undefined ? 0 : completedMonths(first, end),
  };
}

/**
 * Whole months from `start` (the first day of a month, ISO) to `end` (ISO), a month counting once its
 * last day is reached; 0 when end comes before start.
 */
function completedMonths(start: string, end: string): number {
  const year = Number(end.slice(0, 4));
  const month = Number(end.slice(5, 7));
  const lastDay = Number(end.slice(8, 10)) === daysInMonth(year, month) ? 1 : 0;
  const months = (year - Number(start.slice(0, 4))) * 12 + (month - Number(start.slice(5, 7))) + lastDay;
  return Math.max(0, months);
}

/** One point of a J-curve chart: cumulative amounts at the end of a period, workbook currency. */
export interface JCurvePoint {
  /** ISO yyyy-mm-dd, the period's first day. */
  readonly period: string;
  /** The period as a person reads it, or its ISO first day when the figures carry no label. */
  readonly label: string;
  readonly cumulativePlan: number;
  /** Cumulative net forecast (each line's forecast, its plan while blank). */
  readonly cumulativeForecast: number;
  /** Cumulative realised amount; null after the last measured period, so the line stops where the measuring does. */
  readonly cumulativeRealised: number | null;
}

/** The J-curve of a contract's ledger: cumulative plan, forecast and realised value, period by period. */
export function jCurvePoints(figures: LedgerFigures): JCurvePoint[] {
  const lastMeasured = figures.periods.map((period) => period.measured).lastIndexOf(true);
  let cumulativeForecast = 0;
  return figures.periods.map((period, index) => {
    cumulativeForecast += period.forecast;
    return {
      period: period.period,
      label: period.label ?? period.period,
      cumulativePlan: period.cumulativePlan,
      cumulativeForecast,
      cumulativeRealised: index <= lastMeasured ? period.cumulativeRealised : null,
    };
  });
}
