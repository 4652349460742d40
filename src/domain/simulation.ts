import { addPertDraws } from "./draws";
import { hdrStream } from "./hdr";
import { pertQuantile, type PertRange } from "./pert";
import { percentilesIncInPlace } from "./percentile";
import { cachedResults } from "./lru-cache";
import { fail, ok, type Result } from "./result";
import { VALUE_COMPONENTS, type ValueComponents } from "./value-equation";

/**
 * Reproducible Monte Carlo for VALUERANGE and AVOIDEDLOSSRANGE, pinned so that an auditor gets the
 * same numbers from the same inputs in any tool: trial i (counter i, from 1) draws the quantity at
 * position k from the SIPmath HDR stream (entity = seed, varId = k, seed3 = seed4 = 0), through the
 * inverse CDF of PERT(min, likely, max). Percentiles are Excel's PERCENTILE.INC over the trials.
 */
/** Number of trials (a count): the default and the allowed range. */
export const TRIALS = { default: 10_000, min: 100, max: 1_000_000 } as const;
/** The seed (HDR entity, a whole number) when the user gives none. */
export const DEFAULT_SEED = 1;

/** Mean and percentiles of a simulated amount, in the workbook's currency. */
export interface RangeSummary {
  readonly mean: number;
  readonly p10: number;
  readonly p50: number;
  readonly p90: number;
}

/** VALUERANGE's summary: the range of realised value plus the probability (a fraction) that it is below 0. */
export interface ValueRangeSummary extends RangeSummary {
  readonly probabilityBelowZero: number;
}

/** Trials: a whole number from 100 to 1,000,000. */
export function checkTrials(trials: number): Result<number> {
  if (Number.isInteger(trials) && trials >= TRIALS.min && trials <= TRIALS.max) return ok(trials);
  return fail("num", `trials must be a whole number from 100 to 1,000,000; it is ${trials}.`);
}

/** Seed: a whole number of 0 or more (it is HDR's entity). */
export function checkSeed(seed: number): Result<number> {
  if (Number.isInteger(seed) && seed >= 0) return ok(seed);
  return fail("num", `seed must be a whole number of 0 or more; it is ${seed}.`);
}

/** The names a range's three numbers go by in messages, e.g. ["low", "likely", "high"]. */
export type RangeNames = readonly [string, string, string];

/** Checks one uncertain amount: three finite numbers >= 0 with min <= likely <= max; `subject` names it in messages. */
export function checkRange(range: PertRange, subject: string, [minName, likelyName, maxName]: RangeNames): Result<PertRange> {
  const { min, likely, max } = range;
  if (![min, likely, max].every(Number.isFinite)) return fail("value", `${subject}: ${minName}, ${likelyName} and ${maxName} must be numbers.`);
  if (min < 0) return fail("num", `${subject}: ${minName} must be 0 or more (enter costs as positive amounts); it is ${min}.`);
  const order = `enter ${minName} <= ${likelyName} <= ${maxName}`;
  if (min > likely) return fail("num", `${subject}: ${minName} (${min}) is above ${likelyName} (${likely}); ${order}.`);
  if (likely > max) return fail("num", `${subject}: ${likelyName} (${likely}) is above ${maxName} (${max}); ${order}.`);
  return ok(range);
}

/** HDR stream varId of entity `seed` (seed3 = seed4 = 0): how every AIVM simulation keys its draws. */
export const streamFor = (varId: number, seed: number) => hdrStream({ entity: seed, varId, seed3: 0, seed4: 0 });

/** Mean, P10, P50, P90 (PERCENTILE.INC) and the share of trials below 0, of each totals[i] + shift. Reorders `totals` in place. */
export function summarise(totals: Float64Array, shift = 0): Result<ValueRangeSummary> {
  // Each trial is totals[i] + shift (the portfolio simulation's certain lines: added to the figures, not to every trial).
  // The mean, shifted by the first trial: exact for a constant, and less cancellation for a narrow range.
  const reference = totals[0] ?? 0;
  let shifted = 0;
  let below = 0;
  for (let i = 0; i < totals.length; i++) {
    const total = totals[i] ?? 0;
    shifted += total - reference;
    if (total + shift < 0) below++;
  }
  const [p10 = Number.NaN, p50 = Number.NaN, p90 = Number.NaN] = percentilesIncInPlace(totals, [0.1, 0.5, 0.9]);
  const summary = { mean: reference + shifted / totals.length + shift, p10: p10 + shift, p50: p50 + shift, p90: p90 + shift, probabilityBelowZero: below / totals.length };
  if (!Object.values(summary).every(Number.isFinite)) {
    return fail("num", "The simulated amounts are too large to calculate: check the size of the inputs.");
  }
  return ok(summary);
}

/** Checks trials and seed together: the rules every simulated function shares. */
export function checkRun(trials: number, seed: number): Result<{ trials: number; seed: number }> {
  const trialsChecked = checkTrials(trials);
  if (!trialsChecked.ok) return trialsChecked;
  const seedChecked = checkSeed(seed);
  if (!seedChecked.ok) return seedChecked;
  return ok({ trials, seed });
}

/**
 * Realised AI value (currency) in each of `trials` trials, in trial order: each of the nine
 * components is PERT(low, likely, high), drawn from HDR varId 1..9 in VALUE_COMPONENTS order with
 * entity `seed`; costs are subtracted. The trials VALUERANGE summarises.
 */
export function simulateValue(
  low: ValueComponents,
  likely: ValueComponents,
  high: ValueComponents,
  trials: number = TRIALS.default,
  seed: number = DEFAULT_SEED,
): Result<Float64Array> {
  const ranges: PertRange[] = [];
  for (const [index, { key, label }] of VALUE_COMPONENTS.entries()) {
    const range = { min: low[key], likely: likely[key], max: high[key] };
    const checked = checkRange(range, `Component ${index + 1} (${label})`, ["low", "likely", "high"]);
    if (!checked.ok) return checked;
    ranges.push(range);
  }
  const run = checkRun(trials, seed);
  if (!run.ok) return run;
  const totals = new Float64Array(trials);
  ranges.forEach((range, k) => addPertDraws(totals, range, VALUE_COMPONENTS[k]?.sign ?? 1, { entity: seed, varId: k + 1, seed3: 0, seed4: 0 }));
  return ok(totals);
}

/**
 * VALUERANGE: the mean, P10, P50 and P90 of realised AI value (currency) over the simulated trials,
 * and the probability (a fraction of the trials) that realised value is below 0. Takes simulateValue's
 * arguments (and defaults), so the two cannot drift apart.
 */
export const valueRange = cachedResults((...args: Parameters<typeof simulateValue>): Result<ValueRangeSummary> => {
  const totals = simulateValue(...args);
  return totals.ok ? summarise(totals.value) : totals;
});

/** The names of a min, most likely, max triple in messages. */
export const TRIPLE_NAMES: RangeNames = ["min", "most likely", "max"];

/**
 * Avoided loss (currency per period) in each trial, in trial order, as in Open FAIR: loss = frequency
 * (events per period) x impact (currency per event); avoided loss = loss without - loss with.
 * Frequency is HDR varId 1 and impact varId 2 on both sides (common random numbers), so identical
 * sides give exactly 0 in every trial. impactWith null means the same as impactWithout.
 */
export function simulateAvoidedLoss(
  frequencyWithout: PertRange,
  impactWithout: PertRange,
  frequencyWith: PertRange,
  impactWith: PertRange | null,
  trials: number = TRIALS.default,
  seed: number = DEFAULT_SEED,
): Result<Float64Array> {
  const impactWithOrDefault = impactWith ?? impactWithout;
  const named: Array<[PertRange, string]> = [
    [frequencyWithout, "frequencyWithout"],
    [impactWithout, "impactWithout"],
    [frequencyWith, "frequencyWith"],
    [impactWithOrDefault, "impactWith"],
  ];
  for (const [range, name] of named) {
    const checked = checkRange(range, name, TRIPLE_NAMES);
    if (!checked.ok) return checked;
  }
  const run = checkRun(trials, seed);
  if (!run.ok) return run;

  const fWithout = pertQuantile(frequencyWithout);
  const iWithout = pertQuantile(impactWithout);
  const fWith = pertQuantile(frequencyWith);
  const iWith = pertQuantile(impactWithOrDefault);
  const frequencyUniform = streamFor(1, seed);
  const impactUniform = streamFor(2, seed);
  const totals = new Float64Array(trials);
  for (let i = 0; i < trials; i++) {
    const uF = frequencyUniform(i + 1);
    const uI = impactUniform(i + 1);
    totals[i] = fWithout(uF) * iWithout(uI) - fWith(uF) * iWith(uI);
  }
  return ok(totals);
}

/**
 * AVOIDEDLOSSRANGE: the mean, P10, P50 and P90 of avoided loss (currency per period) over the trials.
 * Takes simulateAvoidedLoss's arguments (and defaults).
 */
export const avoidedLossRange = cachedResults((...args: Parameters<typeof simulateAvoidedLoss>): Result<RangeSummary> => {
  const totals = simulateAvoidedLoss(...args);
  if (!totals.ok) return totals;
  const summary = summarise(totals.value);
  if (!summary.ok) return summary;
  const { mean, p10, p50, p90 } = summary.value;
  return ok({ mean, p10, p50, p90 });
});
