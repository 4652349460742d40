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
 * Recipes 8.5), O(n), against O(n log n) for a sort. The middle rank is selected first, so the others
 * search only the part on their side of it. Reorders `values` in place. Results in the units of the
 * values, in the order of `ps`: the same numbers percentileIncSorted gives over the sorted values.
 */
export function percentilesIncInPlace(values: Float64Array, ps: readonly number[]): number[] {
  const n = values.length;
  if (n === 0) return ps.map(() => Number.NaN);
  const ranks = [...new Set(ps.map((p) => Math.floor(p * (n - 1))))].sort((a, b) => a - b);
  const found = new Map<number, readonly [number, number]>(); // rank -> [value, next larger value]
  const visit = (from: number, to: number, lo: number, hi: number): void => {
    if (from > to) return;
    const middle = (from + to) >> 1;
    const k = ranks[middle] ?? 0;
    const bound = select(values, k, lo, hi);
    let next = values[k] ?? Number.NaN;
    if (k < n - 1) {
      // a[hi + 1], when there is one, is a rank already in place: at least everything in a[lo..hi].
      next = hi + 1 < n ? (values[hi + 1] ?? 0) : Number.POSITIVE_INFINITY;
      for (let i = k + 1; i <= bound; i++) if ((values[i] ?? 0) < next) next = values[i] ?? 0;
    }
    found.set(k, [values[k] ?? Number.NaN, next]);
    visit(from, middle - 1, lo, k - 1);
    visit(middle + 1, to, k + 1, hi);
  };
  visit(0, ranks.length - 1, 0, n - 1);
  return ps.map((p) => {
    const rank = p * (n - 1);
    const below = Math.floor(rank);
    const [low = Number.NaN, high = Number.NaN] = found.get(below) ?? [];
    return below >= n - 1 ? low : low + (rank - below) * (high - low);
  });
}

/**
 * Moves the k-th smallest of a[left..right] to a[k], the smaller ones before it and the larger after.
 * Returns where the next larger value must be: the least of a[k + 1..bound] and of a[right + 1] (when
 * the caller has one there), so the caller's scan covers only the last partition around k.
 */
function select(a: Float64Array, k: number, left: number, right: number): number {
  let bound = right;
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
    // a[left..j] <= pivot <= a[i..right], and a[j + 1..i - 1] all equal the pivot.
    if (k <= j) {
      if (k < j) bound = j; // else the next larger is in a[j + 1..right]: keep the bound
      right = j;
    } else if (k >= i) {
      left = i;
    } else {
      return k + 1 < i ? k + 1 : bound;
    }
  }
  return bound;
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i] ?? 0;
  a[i] = a[j] ?? 0;
  a[j] = t;
}
