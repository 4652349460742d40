import type { HdrKey } from "../src/domain/hdr";
import { portfolioSimulationSteps, rangeVarId, SimulationCache, simulatePortfolio, simulationKey, type SimulatedContract } from "../src/domain/portfolio-simulation";
import { againstFloor, medianMs, uniformsFloor, type Bench } from "./harness";

const TRIALS = 10_000;
const CHAINS = ["Claims", "Underwriting", "Distribution", "Servicing"];

/** 200 contracts with 4 uncertain lines each (two benefits, two costs), likely at different points of each range. */
function portfolio(): SimulatedContract[] {
  return Array.from({ length: 200 }, (_, c) => {
    const skew = (c % 7) / 7;
    const range = (plan: number, k: number) => ({ low: plan * 0.5, likely: plan * (0.6 + 0.3 * ((skew + k / 4) % 1)), high: plan * 1.6 });
    const lines = (["Incremental revenue", "Capacity value", "Technology cost", "Change cost"] as const).map((line, k) => {
      const plan = 50_000 + 1_000 * ((c * 37 + k * 11) % 200);
      return { line, plan, range: range(plan, k) };
    });
    return { id: `VC-${String(c + 1).padStart(4, "0")}`, valueChain: CHAINS[c % 4] ?? null, mandate: null, revenueMargin: 0.35, lines };
  });
}

/** The streams the simulation draws: one per uncertain line (harness.ts uniformsFloor draws them for the floor). */
const streams = (contracts: readonly SimulatedContract[]): HdrKey[] =>
  contracts.flatMap((contract) => contract.lines.map(({ line }) => ({ entity: 1, varId: rangeVarId(contract.id, line), seed3: 0, seed4: 0 })));

/** The longest stretch between two yields (and before the first and after the last): what blocks the pane at most. */
function longestStep(contracts: readonly SimulatedContract[]): number {
  const steps = portfolioSimulationSteps(contracts, { trials: TRIALS });
  let longest = 0;
  for (;;) {
    const start = performance.now();
    const next = steps.next();
    longest = Math.max(longest, performance.now() - start);
    if (next.done) return longest;
  }
}

export const benches: Bench[] = [
  {
    name: "Portfolio simulation: 200 contracts x 4 uncertain lines, 10,000 trials (8 million PERT draws)",
    async run() {
      const contracts = portfolio();
      const keys = streams(contracts);
      // CPU time, the simulation and its floor in alternation (harness.ts againstFloor): on a shared machine the wall
      // time of a one-second run swings with the other processes, a pair taken together much less.
      const simulate = () => simulatePortfolio(contracts, { trials: TRIALS });
      const { ms: fullMs, floorMs, ratio } = againstFloor(simulate, () => uniformsFloor(keys, TRIALS, "stream"), 7, 2);
      const fill = againstFloor(simulate, () => uniformsFloor(keys, TRIALS, "fill"), 7, 1);
      const longest = longestStep(contracts);
      const cache = new SimulationCache();
      cache.set(simulationKey(contracts, { trials: TRIALS }), simulatePortfolio(contracts, { trials: TRIALS }));
      const cachedMs = await medianMs(() => cache.get(simulationKey(contracts, { trials: TRIALS })));
      return [
        { name: "floor: the same 8 million HDR uniforms, summed (CPU)", value: floorMs, unit: "ms", note: "one hdrStream call each" },
        { name: "simulation, with every summary, group and tornado (CPU)", value: fullMs, unit: "ms", note: "budget 1,500 ms" },
        { name: "simulation / floor, median of 7 pairs", value: ratio, unit: "x", note: "budget 2x" },
        { name: "floor drawn by hdrFill (CPU)", value: fill.floorMs, unit: "ms", note: "the stricter floor" },
        { name: "simulation / hdrFill floor, median of 7 pairs", value: fill.ratio, unit: "x" },
        { name: "longest step without yielding to the pane", value: longest, unit: "ms", note: "budget 50 ms" },
        { name: "unchanged inputs: key and cache lookup", value: cachedMs, unit: "ms" },
      ];
    },
  },
];
