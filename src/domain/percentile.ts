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

/**
 * PERCENTILE.INC at each fraction in `ps` (each in [0, 1]) over `values`, without a full sort: the two
 * order statistics around each rank p (n - 1) are found by selection (Hoare's FIND, as in Numerical
 * Recipes 8.5), O(n) each, against O(n log n) for a sort; a simulation of 10,000 trials needs six of
 * them. Reorders `values` in place. Results in the units of the values, in the order of `ps`; the
 * same numbers percentileIncSorted gives over the sorted values.
 */
export function percentilesIncInPlace(values: Float64Array, ps: readonly number[]): number[] {
  const n = values.length;
  const order = ps.map((p, index) => ({ p, index })).sort((a, b) => a.p - b.p);
  const results = new Array<number>(ps.length).fill(Number.NaN);
  let from = 0; // everything before `from` is already at or below what is still to be selected
  for (const { p, index } of order) {
    if (n === 0) break;
    const rank = p * (n - 1);
    const below = Math.floor(rank);
    select(values, below, from, n - 1);
    const low = values[below] ?? Number.NaN;
    let high = low;
    if (below < n - 1) {
      high = Number.POSITIVE_INFINITY;
      for (let i = below + 1; i < n; i++) if ((values[i] ?? 0) < high) high = values[i] ?? 0;
    }
    results[index] = below >= n - 1 ? low : low + (rank - below) * (high - low);
    from = below;
  }
  return results;
}

/** Moves the k-th smallest of a[left..right] to a[k], the smaller ones before it and the larger after. */
function select(a: Float64Array, k: number, left: number, right: number): void {
  while (right > left) {
    const mid = (left + right) >> 1;
    // Median of three as the pivot: no quadratic case on sorted or constant input.
    if ((a[mid] ?? 0) < (a[left] ?? 0)) swap(a, mid, left);
    if ((a[right] ?? 0) < (a[left] ?? 0)) swap(a, right, left);
    if ((a[right] ?? 0) < (a[mid] ?? 0)) swap(a, right, mid);
    const pivot = a[mid] ?? 0;
    let i = left;
    let j = right;
    while (i <= j) {
      while ((a[i] ?? 0) < pivot) i++;
      while ((a[j] ?? 0) > pivot) j--;
      if (i <= j) {
        swap(a, i, j);
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return;
  }
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i] ?? 0;
  a[i] = a[j] ?? 0;
  a[j] = t;
}
