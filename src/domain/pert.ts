import { betaQuantile } from "./beta";

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

/**
 * The inverse CDF of PERT(min, likely, max) for many draws: u (a probability in (0, 1)) -> the amount
 * at that quantile, in the units of the range: min + (max - min) x BETA.INV(u, alpha, beta). The beta
 * tables are built once here, not per draw. Requires min <= likely <= max, all finite.
 */
export function pertQuantile(range: PertRange): (u: number) => number {
  const { min, max } = range;
  if (min === max) return () => min;
  const { alpha, beta } = pertShape(range);
  const inverse = betaQuantile(alpha, beta);
  const span = max - min;
  return (u) => min + span * inverse(u);
}
