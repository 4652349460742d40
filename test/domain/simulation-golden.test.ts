import { readFileSync } from "node:fs";
import path from "node:path";
import { lossExceedance } from "../../src/domain/loss-exceedance";
import { PERT_QUANTILE_ACCURACY } from "../../src/domain/pert";
import { portfolioRange, sensitivity } from "../../src/domain/portfolio-range";
import { valueRange } from "../../src/domain/simulation";
import { componentsFromArray } from "../../src/domain/value-equation";
import { unwrap } from "./unwrap";

// Golden figures from test/reference/simulation_reference.py: the HDR formula in Python integers,
// scipy.stats.beta.ppf for PERT and numpy.percentile(method="linear") for PERCENTILE.INC.
type Row = [number[], number[], number[]];
interface Summary {
  mean: number;
  p10: number;
  p50: number;
  p90: number;
  probabilityBelowZero: number;
  margin: number;
}
const golden = JSON.parse(readFileSync(path.join(__dirname, "../reference/simulation-golden.json"), "utf8")) as {
  valueRange: { rows: Row[]; trials: number; seed: number; expected: Summary };
  valueRangeMarginal: { rows: Row[]; trials: number; seed: number; expected: Summary };
  portfolioRange: { rows: Row[]; trials: number; seed: number; expected: Summary };
  sensitivity: { rows: Row[]; trials: number; seed: number; expected: Array<[number, number]> };
  lossExceedance: {
    frequency: number[];
    impact: number[];
    thresholds: number[];
    trials: number;
    seed: number;
    expected: { probabilities: number[]; margin: number };
  };
};

const contract = ([low, likely, high]: Row) => ({ low: componentsFromArray(low), likely: componentsFromArray(likely), high: componentsFromArray(high) });
const triple = ([min = 0, likely = 0, max = 0]: number[]) => ({ min, likely, max });

/**
 * Each draw is within PERT_QUANTILE_ACCURACY x its span of scipy's, so a trial's total is within that
 * times the sum of the spans, and so are the mean and every percentile (PERCENTILE.INC moves no more
 * than the values it interpolates); plus the rounding of sums of about 1e6, well under 1e-7.
 */
function tolerance(rows: Row[]): number {
  const spans = rows.reduce((sum, [low, , high]) => sum + high.reduce((s, h, j) => s + h - (low[j] ?? 0), 0), 0);
  return PERT_QUANTILE_ACCURACY * spans + 1e-7;
}

function expectSummary(actual: Omit<Summary, "margin">, expected: Summary, rows: Row[]): void {
  const within = tolerance(rows);
  // Every trial is further than `margin` from 0, more than the tolerance: the share below 0 is exact.
  expect(expected.margin).toBeGreaterThan(within);
  expect(actual.probabilityBelowZero).toBe(expected.probabilityBelowZero);
  for (const key of ["mean", "p10", "p50", "p90"] as const) {
    expect({ key, error: Math.abs(actual[key] - expected[key]) <= within }).toEqual({ key, error: true });
  }
}

describe("golden figures from the Python reference", () => {
  test.each(["valueRange", "valueRangeMarginal"] as const)("VALUERANGE: %s", (name) => {
    const { rows, trials, seed, expected } = golden[name];
    const { low, likely, high } = contract(rows[0] ?? [[], [], []]);
    expectSummary(unwrap(valueRange(low, likely, high, trials, seed)), expected, rows);
  });

  test("PORTFOLIORANGE of three contracts", () => {
    const { rows, trials, seed, expected } = golden.portfolioRange;
    expectSummary(unwrap(portfolioRange(rows.map(contract), trials, seed)), expected, rows);
  });

  test("SENSITIVITY of a contract with certain components and likely at the ends of ranges", () => {
    const { rows, trials, seed, expected } = golden.sensitivity;
    const { low, likely, high } = contract(rows[0] ?? [[], [], []]);
    const actual = unwrap(sensitivity(low, likely, high, trials, seed)).map((row) => [row.atP10, row.atP90]);
    const within = tolerance(rows);
    actual.flat().forEach((value, i) => expect(Math.abs(value - (expected.flat()[i] ?? NaN))).toBeLessThanOrEqual(within));
  });

  test("LOSSEXCEEDANCE at seven thresholds", () => {
    const { frequency, impact, thresholds, trials, seed, expected } = golden.lossExceedance;
    // A loss is a product of two draws: its error is at most 1e-9 of each span times the other's maximum.
    const within = PERT_QUANTILE_ACCURACY * ((frequency[2] ?? 0) * (impact[2] ?? 0)) * 2;
    expect(expected.margin).toBeGreaterThan(within);
    expect(unwrap(lossExceedance(triple(frequency), triple(impact), thresholds, trials, seed))).toEqual(expected.probabilities);
  });
});
