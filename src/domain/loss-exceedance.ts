import { addPertDraws } from "./draws";
import { cachedResults } from "./lru-cache";
import type { PertRange } from "./pert";
import { fail, ok, type Result } from "./result";
import { checkRange, checkRun, DEFAULT_SEED, TRIALS, TRIPLE_NAMES } from "./simulation";

/**
 * The loss exceedance curve of Open FAIR and Hubbard and Seiersen (How to Measure Anything in
 * Cybersecurity Risk, ch. 4): the probability that the loss in a period exceeds each threshold.
 * Loss = frequency (events per period) x impact (currency per event) in each trial, frequency from HDR
 * varId 1 and impact from varId 2 with entity = seed: AVOIDEDLOSSRANGE's "without" side, trial for
 * trial, so a with/without pair of curves drawn with one seed uses common random numbers.
 */

/** Loss (currency per period) in each of `trials` trials, in trial order. */
export function simulateLoss(frequency: PertRange, impact: PertRange, trials: number = TRIALS.default, seed: number = DEFAULT_SEED): Result<Float64Array> {
  for (const [range, name] of [
    [frequency, "frequency"],
    [impact, "impact"],
  ] as const) {
    const checked = checkRange(range, name, TRIPLE_NAMES);
    if (!checked.ok) return checked;
  }
  const run = checkRun(trials, seed);
  if (!run.ok) return run;
  // Each factor drawn into zeros by addPertDraws, the simulation's fast loop: 0 + 1 x draw is the draw.
  const losses = new Float64Array(trials);
  const impacts = new Float64Array(trials);
  addPertDraws(losses, frequency, 1, { entity: seed, varId: 1, seed3: 0, seed4: 0 });
  addPertDraws(impacts, impact, 1, { entity: seed, varId: 2, seed3: 0, seed4: 0 });
  for (let i = 0; i < trials; i++) losses[i] = (losses[i] ?? 0) * (impacts[i] ?? 0);
  return ok(losses);
}

/** Thresholds: finite amounts of 0 or more, at least one; messages name the cell as the binding would. */
function checkThresholds(thresholds: readonly number[]): Result<readonly number[]> {
  if (thresholds.length === 0) return fail("value", "thresholds is empty: give at least one loss amount.");
  for (const [index, threshold] of thresholds.entries()) {
    if (!Number.isFinite(threshold)) return fail("value", `thresholds (cell ${index + 1}) must be a number.`);
    if (threshold < 0) return fail("num", `thresholds (cell ${index + 1}) must be 0 or more; it is ${threshold}.`);
  }
  return ok(thresholds);
}

/**
 * LOSSEXCEEDANCE: for each threshold (currency per period), the probability (a fraction of the
 * trials) that the simulated loss is strictly greater than it, in the order of `thresholds`.
 * Non-increasing in the threshold; 0 at or above the largest possible loss (max frequency x max impact).
 */
export const lossExceedance = cachedResults(
  (
    frequency: PertRange,
    impact: PertRange,
    thresholds: readonly number[],
    trials: number = TRIALS.default,
    seed: number = DEFAULT_SEED,
  ): Result<readonly number[]> => {
    const losses = simulateLoss(frequency, impact, trials, seed);
    if (!losses.ok) return losses;
    const checked = checkThresholds(thresholds);
    if (!checked.ok) return checked;
    return ok(shareAbove(losses.value.sort(), checked.value));
  },
);

/** For each threshold, the share (0 to 1) of the ascending `sorted` strictly above it: one exceedance curve. */
export const shareAbove = (sorted: Float64Array, thresholds: readonly number[]): number[] =>
  thresholds.map((threshold) => (sorted.length - countAtMost(sorted, threshold)) / sorted.length);

/** How many of the ascending `sorted` are <= x: binary search for the first one above x. */
function countAtMost(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? 0) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
