import { avoidedLossRange, lossExceedance, portfolioRange, sensitivity, valueRange } from "../src/functions/uncertainty-functions";
import { installCustomFunctionsGlobal } from "../test/setup/custom-functions-global";
import { againstFloor, medianMs, uniformsFloor, type Bench } from "./harness";

installCustomFunctionsGlobal(globalThis);

// All nine components uncertain (low < likely < high), with likely at different points of each range
// so the beta shapes differ: the worst case for the inverse CDF, which is where the time goes.
const low = [[400_000, 50_000, 20_000, 5_000, 1_000, 150_000, 20_000, 2_000, 1_000]];
const likely = [[600_000, 80_000, 40_000, 10_000, 20_000, 200_000, 40_000, 10_000, 3_000]];
const high = [[900_000, 100_000, 80_000, 30_000, 25_000, 320_000, 90_000, 40_000, 12_000]];

/** A new seed for every call, so that no figure below is a cached result. */
let nextSeed = 1_000;
const freshSeed = (): number => nextSeed++;

/**
 * The floor under VALUERANGE: the same 9 x trials HDR uniforms it draws (varId 1..9), summed, with no
 * inverse CDF and no percentiles (harness.ts uniformsFloor: "stream" as the budget was set, "fill" stricter).
 */
function uniformsOnly(trials: number, seed: number, way: "stream" | "fill" = "stream"): number {
  const keys = Array.from({ length: 9 }, (_, i) => ({ entity: seed, varId: i + 1, seed3: 0, seed4: 0 }));
  return uniformsFloor(keys, trials, way);
}

export const benches: Bench[] = [
  {
    name: "Reproducible simulation (HDR uniforms, PERT inverse CDF, PERCENTILE.INC), through the binding",
    async run() {
      const floor = await medianMs(() => uniformsOnly(10_000, freshSeed()), 15, 3);
      const small = await medianMs(() => valueRange(low, likely, high, 10_000, freshSeed()), 15, 3);
      const floorRun = () => uniformsOnly(10_000, freshSeed());
      const warm = againstFloor(() => valueRange(low, likely, high, 10_000, freshSeed()), floorRun);
      const strict = againstFloor(() => valueRange(low, likely, high, 10_000, freshSeed()), () => uniformsOnly(10_000, freshSeed(), "fill"));
      // Other ranges every call: the beta tables are built afresh, not taken from their cache.
      let shift = 0;
      const cold = againstFloor(() => valueRange(low, [likely[0]?.map((x) => x + ++shift / 1024) ?? []], high, 10_000, freshSeed()), floorRun);
      const large = await medianMs(() => valueRange(low, likely, high, 100_000, freshSeed()), 5, 1);
      const impact = [[50_000, 120_000, 400_000]]; // with and without: only the frequency changes
      const loss = await medianMs(() => avoidedLossRange([[0.2, 0.5, 1.5]], impact, [[0.05, 0.1, 0.4]], impact, 10_000, freshSeed()));
      return [
        { name: "Floor: 90,000 HDR uniforms drawn and summed", value: floor, unit: "ms" },
        { name: "VALUERANGE, 10,000 trials, nine uncertain components", value: small, unit: "ms", note: "budget 50 ms" },
        { name: "VALUERANGE 10,000 trials / the floor (wall)", value: small / floor, unit: "x", note: "budget 2x" },
        { name: "Floor, CPU time", value: warm.floorMs, unit: "ms" },
        { name: "VALUERANGE 10,000 trials, CPU time", value: warm.ms, unit: "ms" },
        { name: "VALUERANGE 10,000 trials / the floor (CPU, paired)", value: warm.ratio, unit: "x", note: "budget 2x" },
        { name: "Floor drawn by hdrFill, CPU time", value: strict.floorMs, unit: "ms", note: "the stricter floor" },
        { name: "VALUERANGE 10,000 trials / hdrFill floor (CPU, paired)", value: strict.ratio, unit: "x" },
        { name: "VALUERANGE, new ranges each call, CPU time", value: cold.ms, unit: "ms", note: "tables built, not cached" },
        { name: "VALUERANGE, new ranges each call / the floor", value: cold.ratio, unit: "x", note: "CPU, paired" },
        { name: "VALUERANGE, 100,000 trials, nine uncertain components", value: large, unit: "ms", note: "budget: linear, 10x the 10,000 figure" },
        { name: "VALUERANGE growth from 10,000 to 100,000 trials", value: large / small, unit: "x", note: "linear is 10x" },
        { name: "AVOIDEDLOSSRANGE, 10,000 trials", value: loss, unit: "ms" },
      ];
    },
  },
  {
    name: "A sheet of 200 VALUERANGE cells, through the binding",
    async run() {
      // 200 distinct cells (each its own seed), computed once, then recalculated with unchanged inputs.
      const seeds = Array.from({ length: 200 }, () => freshSeed());
      const sheet = () => seeds.map((s) => valueRange(low, likely, high, 10_000, s));
      const start = performance.now();
      sheet();
      const first = performance.now() - start;
      const again = await medianMs(sheet, 7, 0);
      return [
        { name: "200 cells, first calculation", value: first, unit: "ms" },
        { name: "200 cells, recalculated with unchanged inputs", value: again, unit: "ms", note: "budget 50 ms; cached results" },
      ];
    },
  },
  {
    name: "The other simulated functions at 10,000 trials, through the binding (no cached results)",
    async run() {
      const contracts = (rows: number) => ({
        low: Array.from({ length: rows }, (_, i) => (low[0] ?? []).map((x) => x + i)),
        likely: Array.from({ length: rows }, (_, i) => (likely[0] ?? []).map((x) => x + i)),
        high: Array.from({ length: rows }, (_, i) => (high[0] ?? []).map((x) => x + i)),
      });
      const ten = contracts(10);
      const many = contracts(200);
      const thresholds = [[0, 25_000, 50_000, 100_000, 200_000, 400_000, 600_000]];
      return [
        { name: "SENSITIVITY", value: await medianMs(() => sensitivity(low, likely, high, 10_000, freshSeed())), unit: "ms" },
        { name: "LOSSEXCEEDANCE, 7 thresholds", value: await medianMs(() => lossExceedance([[0.2, 0.5, 1.5]], [[50_000, 120_000, 400_000]], thresholds, 10_000, freshSeed())), unit: "ms" },
        { name: "PORTFOLIORANGE, 1 contract", value: await medianMs(() => portfolioRange(low, likely, high, 10_000, freshSeed())), unit: "ms" },
        { name: "PORTFOLIORANGE, 10 contracts", value: await medianMs(() => portfolioRange(ten.low, ten.likely, ten.high, 10_000, freshSeed())), unit: "ms" },
        { name: "PORTFOLIORANGE, 200 contracts", value: await medianMs(() => portfolioRange(many.low, many.likely, many.high, 10_000, freshSeed()), 3, 1), unit: "ms", note: "1,800 ranges, 18 million draws" },
      ];
    },
  },
];
