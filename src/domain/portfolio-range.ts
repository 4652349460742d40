import { addPertDraws } from "./draws";
import { cachedResults } from "./lru-cache";
import { pertPercentile, type PertRange } from "./pert";
import { fail, ok, type Result } from "./result";
import { checkRange, checkRun, DEFAULT_SEED, summarise, TRIALS, type ValueRangeSummary } from "./simulation";
import { VALUE_COMPONENTS, type ValueComponentKey, type ValueComponents } from "./value-equation";

/**
 * A portfolio of contracts simulated together (PORTFOLIORANGE), and what each value component does to
 * the mean (SENSITIVITY, and a portfolio tornado in the pane). Contract i (from 1) draws component j
 * (from 1, in VALUE_COMPONENTS order) from HDR varId 9 (i - 1) + j with entity = seed: the first
 * contract uses VALUERANGE's streams, so a one-contract portfolio is VALUERANGE, trial for trial.
 */

/** Low, most likely and high estimates of one contract's nine components, each >= 0 in the workbook's currency. */
export interface ContractRanges {
  readonly low: ValueComponents;
  readonly likely: ValueComponents;
  readonly high: ValueComponents;
}

/** The most work one call may ask for: contracts x trials (about 9 draws each; 20 million is about 10 s). */
export const PORTFOLIO_WORK_LIMIT = 20_000_000;

/** The HDR varId of contract `row` (from 0) and component `component` (from 0). */
const varIdOf = (row: number, component: number): number => VALUE_COMPONENTS.length * row + component + 1;

/** Each contract's nine PERT ranges, checked; messages name the contract (when there are several) and the component. */
function checkContracts(contracts: readonly ContractRanges[]): Result<PertRange[][]> {
  if (contracts.length === 0) return fail("value", "The portfolio has no contracts: give at least one row of 9 cells.");
  const checked: PertRange[][] = [];
  for (const [row, { low, likely, high }] of contracts.entries()) {
    const ranges: PertRange[] = [];
    for (const [index, { key, label }] of VALUE_COMPONENTS.entries()) {
      const range = { min: low[key], likely: likely[key], max: high[key] };
      const subject = `${contracts.length > 1 ? `Row ${row + 1}, component` : "Component"} ${index + 1} (${label})`;
      const valid = checkRange(range, subject, ["low", "likely", "high"]);
      if (!valid.ok) return valid;
      ranges.push(range);
    }
    checked.push(ranges);
  }
  return ok(checked);
}

/** Checks the contracts, then trials and seed (VALUERANGE's order), then the size of the work. */
function checkAll(contracts: readonly ContractRanges[], trials: number, seed: number): Result<PertRange[][]> {
  const checked = checkContracts(contracts);
  if (!checked.ok) return checked;
  const run = checkRun(trials, seed);
  if (!run.ok) return run;
  if (contracts.length * trials > PORTFOLIO_WORK_LIMIT) {
    const limit = PORTFOLIO_WORK_LIMIT.toLocaleString("en-GB");
    return fail("num", `${contracts.length} contracts x ${trials} trials is more work than one calculation may take (contracts x trials at most ${limit}): use fewer trials.`);
  }
  return checked;
}

/**
 * Realised AI value of the whole portfolio (currency) in each trial, in trial order: the sum over
 * contracts of benefits less costs, every component PERT(low, likely, high) on its own HDR stream.
 */
export function simulatePortfolioRows(contracts: readonly ContractRanges[], trials: number = TRIALS.default, seed: number = DEFAULT_SEED): Result<Float64Array> {
  const checked = checkAll(contracts, trials, seed);
  if (!checked.ok) return checked;
  const totals = new Float64Array(trials);
  checked.value.forEach((ranges, row) =>
    ranges.forEach((range, k) => addPertDraws(totals, range, VALUE_COMPONENTS[k]?.sign ?? 1, { entity: seed, varId: varIdOf(row, k), seed3: 0, seed4: 0 })),
  );
  return ok(totals);
}

/**
 * PORTFOLIORANGE: the mean, P10, P50 and P90 of the portfolio's realised value (currency) and the
 * probability (a fraction of the trials) that it is below 0. One contract gives VALUERANGE exactly.
 */
export const portfolioRange = cachedResults(
  (contracts: readonly ContractRanges[], trials: number = TRIALS.default, seed: number = DEFAULT_SEED): Result<ValueRangeSummary> => {
    const totals = simulatePortfolioRows(contracts, trials, seed);
    return totals.ok ? summarise(totals.value) : totals;
  },
);

/** One bar of a tornado: the mean realised value (currency) with one component held at its P10, and at its P90. */
export interface ComponentSensitivity {
  readonly key: ValueComponentKey;
  readonly label: string;
  /** Mean realised value with the component at its own P10 in every contract, the others simulated. */
  readonly atP10: number;
  /** The same with the component at its P90. */
  readonly atP90: number;
  /** The simulated mean with nothing held (PORTFOLIORANGE's mean, to rounding): the tornado's centre line. */
  readonly mean: number;
}

/**
 * The portfolio tornado: for each component in VALUE_COMPONENTS order, the mean realised value of the
 * portfolio (currency) with that component held at its P10 in every contract, and at its P90 (each
 * contract's own PERT percentiles, from BETA.INV), the other components simulated on PORTFOLIORANGE's
 * draws (common random numbers). Means are linear, so holding a component only swaps its simulated
 * mean for the sum of its percentiles: one pass of draws serves all nine rows.
 */
export const portfolioSensitivity = cachedResults(
  (contracts: readonly ContractRanges[], trials: number = TRIALS.default, seed: number = DEFAULT_SEED): Result<readonly ComponentSensitivity[]> => {
    const checked = checkAll(contracts, trials, seed);
    if (!checked.ok) return checked;
    const draws = new Float64Array(trials);
    const means = VALUE_COMPONENTS.map((_, k) => {
      draws.fill(0);
      checked.value.forEach((ranges, row) => {
        const range = ranges[k];
        if (range) addPertDraws(draws, range, 1, { entity: seed, varId: varIdOf(row, k), seed3: 0, seed4: 0 });
      });
      let sum = 0;
      for (const draw of draws) sum += draw;
      return sum / trials;
    });
    const signedMean = (k: number): number => (VALUE_COMPONENTS[k]?.sign ?? 1) * (means[k] ?? 0);
    const mean = means.reduce((total, _, k) => total + signedMean(k), 0);
    const rows = VALUE_COMPONENTS.map(({ key, label, sign }, k) => {
      const others = means.reduce((total, _, m) => (m === k ? total : total + signedMean(m)), 0);
      const held = (p: number): number => checked.value.reduce((total, ranges) => total + (ranges[k] ? pertPercentile(ranges[k], p) : 0), 0);
      return { key, label, atP10: others + sign * held(0.1), atP90: others + sign * held(0.9), mean };
    });
    if (!rows.every((row) => Number.isFinite(row.atP10) && Number.isFinite(row.atP90))) {
      return fail("num", "The simulated amounts are too large to calculate: check the size of the inputs.");
    }
    return ok(rows);
  },
);

/** SENSITIVITY: portfolioSensitivity of one contract, on VALUERANGE's draws. */
export function sensitivity(
  low: ValueComponents,
  likely: ValueComponents,
  high: ValueComponents,
  trials: number = TRIALS.default,
  seed: number = DEFAULT_SEED,
): Result<readonly ComponentSensitivity[]> {
  return portfolioSensitivity([{ low, likely, high }], trials, seed);
}
