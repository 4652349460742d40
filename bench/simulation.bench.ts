import { avoidedLossRange, valueRange } from "../src/functions/uncertainty-functions";
import { installCustomFunctionsGlobal } from "../test/setup/custom-functions-global";
import { medianMs, type Bench } from "./harness";

installCustomFunctionsGlobal(globalThis);

// All nine components uncertain (low < likely < high), with likely at different points of each range
// so the beta shapes differ: the worst case for the inverse CDF, which is where the time goes.
const low = [[400_000, 50_000, 20_000, 5_000, 1_000, 150_000, 20_000, 2_000, 1_000]];
const likely = [[600_000, 80_000, 40_000, 10_000, 20_000, 200_000, 40_000, 10_000, 3_000]];
const high = [[900_000, 100_000, 80_000, 30_000, 25_000, 320_000, 90_000, 40_000, 12_000]];

export const benches: Bench[] = [
  {
    name: "Reproducible simulation (HDR uniforms, PERT inverse CDF, PERCENTILE.INC), through the binding",
    async run() {
      const small = await medianMs(() => valueRange(low, likely, high, 10_000, 1));
      const large = await medianMs(() => valueRange(low, likely, high, 100_000, 1), 5, 1);
      const impact = [[50_000, 120_000, 400_000]]; // with and without: only the frequency changes
      const loss = await medianMs(() => avoidedLossRange([[0.2, 0.5, 1.5]], impact, [[0.05, 0.1, 0.4]], impact, 10_000, 1));
      return [
        { name: "VALUERANGE, 10,000 trials, nine uncertain components", value: small, unit: "ms", note: "budget 50 ms" },
        { name: "VALUERANGE, 100,000 trials, nine uncertain components", value: large, unit: "ms", note: "budget: linear, 10x the 10,000 figure" },
        { name: "VALUERANGE growth from 10,000 to 100,000 trials", value: large / small, unit: "x", note: "linear is 10x" },
        { name: "AVOIDEDLOSSRANGE, 10,000 trials", value: loss, unit: "ms" },
      ];
    },
  },
];
