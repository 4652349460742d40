import { betaInv, betaQuantile } from "./beta";
import { LruCache } from "./lru-cache";
import { betaTable, betaTableAt, type BetaTable } from "./pert-table";

/**
 * The PERT distribution (Malcolm et al., 1959) with lambda 4 (the weight SIPmath and Vose's risk-analysis texts use): a beta
 * distribution scaled to [min, max] with
 *   alpha = 1 + 4 (likely - min) / (max - min),  beta = 1 + 4 (max - likely) / (max - min),
 * so alpha + beta = 6 and the mean is (min + 4 likely + max) / 6. A range with min = max is that constant.
 */

/** PERT's weight on the most likely value (dimensionless). */
export const PERT_LAMBDA = 4;

/** Minimum, most likely and maximum of an uncertain amount, in its own units (currency, events per period). */
export interface PertRange {
  readonly min: number;
  readonly likely: number;
  readonly max: number;
}

/** The beta shapes (dimensionless, each >= 1) of PERT(min, likely, max) for min < max and min <= likely <= max. */
export function pertShape({ min, likely, max }: PertRange): { readonly alpha: number; readonly beta: number } {
  const span = max - min;
  return { alpha: 1 + (PERT_LAMBDA * (likely - min)) / span, beta: 1 + (PERT_LAMBDA * (max - likely)) / span };
}

/** The mean of PERT(min, likely, max), (min + 4 likely + max) / 6, in the units of the range. */
export function pertMean({ min, likely, max }: PertRange): number {
  return (min + PERT_LAMBDA * likely + max) / (PERT_LAMBDA + 2);
}

/** Accuracy of pertQuantile: its draw is within this fraction of (max - min) of the exact inverse CDF. */
export const PERT_QUANTILE_ACCURACY = 1e-9;

/**
 * The inverse CDF of PERT(min, likely, max) for many draws: u (a probability in [0, 1]) -> the amount
 * at that quantile, in the units of the range: min + (max - min) x BETA.INV(u, alpha, beta), to within
 * PERT_QUANTILE_ACCURACY x (max - min) (the tests check it against scipy.stats.beta.ppf). The table is
 * built once per shape (about 100 evaluations of the incomplete beta function); a draw then costs a
 * table look-up and a polynomial, with no solver. Requires min <= likely <= max, all finite.
 * For one quantile at full accuracy use betaInv, as pertPercentile does.
 */
export function pertQuantile(range: PertRange): (u: number) => number {
  const { min, max } = range;
  if (min === max) return () => min;
  const { alpha, beta } = pertShape(range);
  const span = max - min;
  // Shape 1 on a side has a closed form (betaQuantile's); otherwise the table.
  if (!(alpha > 1 && beta > 1)) {
    const inverse = betaQuantile(alpha, beta);
    return (u) => min + span * inverse(u);
  }
  const table = tableFor(alpha, beta);
  return (u) => min + span * betaTableAt(table, u);
}

/**
 * pertQuantile's table for a loop that inlines the draw: for PERT(min, likely, max) with min < max and
 * likely strictly inside, u -> (draw - min) / (max - min) is betaTableAt(table, u); null for a
 * constant range or likely at an end (use pertQuantile's closed forms).
 */
export function pertInverseTable(range: PertRange): BetaTable | null {
  if (range.min === range.max) return null;
  const { alpha, beta } = pertShape(range);
  return alpha > 1 && beta > 1 ? tableFor(alpha, beta) : null;
}

/**
 * Tables by shape: a workbook simulates the same ranges again and again (another seed or number of
 * trials, SENSITIVITY beside VALUERANGE, a portfolio of similar contracts), and a table takes as long
 * to build as about 2,000 draws. 256 tables of 20 KB each: 5 MB at most.
 */
const tables = new LruCache<BetaTable>(256);

function tableFor(alpha: number, beta: number): BetaTable {
  const key = `${alpha} ${beta}`;
  const cached = tables.get(key);
  if (cached !== undefined) return cached;
  const table = betaTable(alpha, beta);
  tables.set(key, table);
  return table;
}

/** PERT(min, likely, max)'s own quantile at probability p in [0, 1], to betaInv's accuracy (1e-10 of the span). */
export function pertPercentile(range: PertRange, p: number): number {
  const { min, max } = range;
  if (min === max) return min;
  const { alpha, beta } = pertShape(range);
  return betaInv(p, alpha, beta, min, max);
}
