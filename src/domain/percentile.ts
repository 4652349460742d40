import { fail, ok, type Result } from "./result";

/**
 * Excel's PERCENTILE.INC over values already sorted ascending: the value at rank p (n - 1), counting
 * from 0, interpolating linearly between the two neighbouring values. p is a fraction in [0, 1]
 * (0.1 = P10); the result is in the units of the values. No checks: the simulation's inner step.
 */
export function percentileIncSorted(sorted: ArrayLike<number>, p: number): number {
  const rank = p * (sorted.length - 1);
  const below = Math.floor(rank);
  const low = sorted[below] ?? Number.NaN;
  if (below >= sorted.length - 1) return low;
  const high = sorted[below + 1] ?? Number.NaN;
  return low + (rank - below) * (high - low);
}

/**
 * PERCENTILE.INC(values, p) as Excel computes it: p a fraction in [0, 1], the result in the units of
 * the values. Like Excel, an empty list or p outside [0, 1] is #NUM!.
 */
export function percentileInc(values: readonly number[], p: number): Result<number> {
  if (values.length === 0) return fail("num", "PERCENTILE.INC needs at least one value.");
  if (!(p >= 0 && p <= 1)) return fail("num", `The percentile must be a fraction from 0 to 1; it is ${p}.`);
  if (values.some((value) => !Number.isFinite(value))) return fail("value", "PERCENTILE.INC needs numbers only.");
  return ok(percentileIncSorted(Float64Array.from(values).sort(), p));
}
