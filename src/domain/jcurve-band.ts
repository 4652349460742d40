import { phasedThreshold } from "./decision-suggestion";
import { monthsIn, type PeriodKind } from "./settings";

/**
 * The J-curve's uncertainty band: the cumulative plan's P10 and P90 at the end of each period, from a contract's
 * simulated value a year (portfolio-simulation.ts). The simulation's amounts are annual run-rates, as every amount of
 * a contract is, while the J-curve is cumulative over the ledger's periods; so the band phases the annual spread to
 * the time elapsed, as a review phases the contract's thresholds (decision-suggestion.ts, annual x months / 12):
 *
 *   at the end of period i, with m_i whole months from the first period's first day,
 *   cumulative low  = cumulative plan + (P10 - planned value a year) x m_i / 12
 *   cumulative high = cumulative plan + (P90 - planned value a year) x m_i / 12
 *
 * It is a run-rate band around the ledger's own plan, not a simulation of each period: the ledger's plan carries the
 * J's shape (early costs, later benefits), and the band widens with time as the annual spread accrues. Amounts are in
 * the workbook's currency, favourable positive.
 */

/** The cumulative plan's P10 (low) and P90 (high) at the end of each period, one of each per period given. */
export interface JCurveBand {
  readonly cumulativeLow: readonly number[];
  readonly cumulativeHigh: readonly number[];
}

/** A period of the J-curve as the band reads it (a JCurvePoint is one). */
export interface BandPeriod {
  /** ISO yyyy-mm-dd, the period's first day. */
  readonly period: string;
  /** Net plan of this period and every earlier one (currency). */
  readonly cumulativePlan: number;
}

/** A contract's simulated value a year: its plan and its P10 and P90 (currency a year). */
export interface AnnualSpread {
  readonly planned: number;
  readonly p10: number;
  readonly p90: number;
}

/** Whole months from one first-of-month ISO date to another (negative when `to` is earlier). */
const monthsBetween = (from: string, to: string): number => (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));

/**
 * The band for `periods` (earliest first, as ledgerFigures lists them; a period left out of the ledger still counts
 * its months, since the months elapsed run from the first period's first day to each period's end).
 * @param kind how long a period is (monthsIn: 3 for a quarter, 1 for a month)
 */
export function jCurveBand(periods: readonly BandPeriod[], kind: PeriodKind, spread: AnnualSpread): JCurveBand {
  const first = periods[0];
  if (first === undefined) return { cumulativeLow: [], cumulativeHigh: [] };
  const elapsed = periods.map((period) => monthsBetween(first.period, period.period) + monthsIn(kind));
  return {
    cumulativeLow: periods.map((period, index) => period.cumulativePlan + phasedThreshold(spread.p10 - spread.planned, elapsed[index] ?? 0)),
    cumulativeHigh: periods.map((period, index) => period.cumulativePlan + phasedThreshold(spread.p90 - spread.planned, elapsed[index] ?? 0)),
  };
}
