import fc from "fast-check";
import { contractFigures } from "../../src/domain/contract-figures";
import { samplePortfolio } from "../../src/domain/sample-contracts";
import { sampleRanges } from "../../src/domain/sample-ranges";
import { pertQuantile } from "../../src/domain/pert";
import {
  fnv1a32,
  livePortfolio,
  simulatedContract,
  portfolioSimulationSteps,
  rangeVarId,
  runInSlices,
  SimulationCache,
  simulatePortfolio,
  simulationKey,
  type SimulatedContract,
} from "../../src/domain/portfolio-simulation";

// The portfolio of test/reference/portfolio_simulation.py: revenue at a 40% margin, a cost with a range and
// one without; a contract with no margin stated and two uncertain lines; a contract certain at its plan.
const PORTFOLIO: SimulatedContract[] = [
  {
    id: "VC-0001",
    valueChain: "Claims",
    mandate: "Growth",
    revenueMargin: 0.4,
    lines: [
      { line: "Incremental revenue", plan: 500_000, range: { low: 200_000, likely: 450_000, high: 900_000 } },
      { line: "Technology cost", plan: 80_000, range: { low: 60_000, likely: 80_000, high: 150_000 } },
      { line: "Change cost", plan: 40_000, range: null },
    ],
  },
  {
    id: "VC-0002",
    valueChain: "Claims",
    mandate: null,
    revenueMargin: null,
    lines: [
      { line: "Capacity value", plan: 120_000, range: { low: 0, likely: 100_000, high: 200_000 } },
      { line: "Operating cost", plan: 90_000, range: { low: 50_000, likely: 90_000, high: 140_000 } },
    ],
  },
  {
    id: "VC-0003",
    valueChain: null,
    mandate: "Growth",
    revenueMargin: 0.3,
    lines: [
      { line: "Avoided loss", plan: 60_000, range: null },
      { line: "Friction", plan: 10_000, range: null },
    ],
  },
];

const close = (actual: number, expected: number): void => expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(expected)));

describe("the stream of each contract line", () => {
  test("FNV-1a 32 matches the published test vectors (draft-eastlake-fnv, appendix C)", () => {
    expect(fnv1a32("")).toBe(0x811c9dc5);
    expect(fnv1a32("a")).toBe(0xe40c292c);
    expect(fnv1a32("foobar")).toBe(0xbf9cf968);
  });

  test("varId is 16 x the hash of the ID as IDs compare, plus the line's number", () => {
    // From the Python reference: fnv1a32("vc-0001") = 1101749478; Technology cost is line 6.
    expect(rangeVarId("VC-0001", "Technology cost")).toBe(16 * 1101749478 + 6);
    expect(rangeVarId("  vc-0001 ", "Incremental revenue")).toBe(16 * 1101749478 + 1);
    expect(rangeVarId("VC-0001", "Cannibalisation")).toBe(16 * 1101749478 + 16);
  });
});

describe("the portfolio simulation against an independent recomputation", () => {
  // python3 test/reference/portfolio_simulation.py: HDR 2.0 in exact integers, scipy.stats.beta.ppf for PERT
  // (lambda 4), numpy percentile 'linear' (= PERCENTILE.INC); 1,000 trials, seed 7.
  const result = simulatePortfolio(PORTFOLIO, { trials: 1000, seed: 7 });

  test("each contract's mean, P10, P50, P90 and P(value < 0)", () => {
    const expected: Record<string, number[]> = {
      "VC-0001": [64627.23267263692, -2671.338901635163, 60403.792076414524, 139614.62543792886, 0.114],
      "VC-0002": [6352.623991642764, -48359.12954680299, 6503.710915704578, 62263.12981187688, 0.445],
      "VC-0003": [50000, 50000, 50000, 50000, 0],
    };
    for (const contract of result.contracts) {
      const [mean = NaN, p10 = NaN, p50 = NaN, p90 = NaN, below = NaN] = expected[contract.id] ?? [];
      close(contract.summary.mean, mean);
      close(contract.summary.p10, p10);
      close(contract.summary.p50, p50);
      close(contract.summary.p90, p90);
      expect(contract.summary.probabilityBelowZero).toBe(below);
    }
  });

  test("the portfolio's figures", () => {
    close(result.portfolio.mean, 120979.85666427968);
    close(result.portfolio.p10, 31679.081354231075);
    close(result.portfolio.p50, 120660.21595330206);
    close(result.portfolio.p90, 210482.59289303288);
    expect(result.portfolio.probabilityBelowZero).toBe(0.039);
  });

  test("planned value counts lines as Planned value does", () => {
    // VC-0001: 500,000 x 40% - 80,000 - 40,000 = 80,000; VC-0002: 120,000 - 90,000 = 30,000; VC-0003: 60,000 - 10,000.
    expect(result.contracts.map((contract) => contract.planned)).toEqual([80_000, 30_000, 50_000]);
    expect(result.planned).toBe(160_000);
    expect(result.contracts.map((contract) => contract.uncertainLines)).toEqual([2, 2, 0]);
  });

  test("value chains and mandates sum their contracts, blanks as Not stated", () => {
    expect(result.byValueChain.map((group) => [group.name, group.contracts, group.planned])).toEqual([
      ["Claims", 2, 110_000],
      ["Not stated", 1, 50_000],
    ]);
    expect(result.byMandate.map((group) => [group.name, group.contracts])).toEqual([
      ["Growth", 2],
      ["Not stated", 1],
    ]);
    // A group of one certain contract is that contract's plan in every trial.
    expect(result.byValueChain[1]?.summary).toEqual({ mean: 50_000, p10: 50_000, p50: 50_000, p90: 50_000, probabilityBelowZero: 0 });
    // Means add: the Claims chain's mean is the sum of its two contracts' means.
    close(result.byValueChain[0]?.summary.mean ?? NaN, 64627.23267263692 + 6352.623991642764);
  });

  test("the histogram holds every trial", () => {
    expect(result.histogram.counts.reduce((a, b) => a + b, 0)).toBe(1000);
    expect(result.histogram.counts).toHaveLength(24);
  });

  test("the tornado holds each uncertain line at its own P10 and P90, widest first", () => {
    expect(result.tornado).toHaveLength(4);
    const widths = result.tornado.map((bar) => Math.abs(bar.high - bar.low));
    expect([...widths].sort((a, b) => b - a)).toEqual(widths);
    // Revenue PERT(200k, 450k, 900k) at 40%: the bar's width is 40% of its P90 - P10, by beta.ppf.
    const revenue = result.tornado.find((bar) => bar.line === "Incremental revenue");
    const q = pertQuantile({ min: 200_000, likely: 450_000, max: 900_000 });
    close((revenue?.high ?? NaN) - (revenue?.low ?? NaN), 0.4 * (q(0.9) - q(0.1)));
    // A cost at its P90 lowers the portfolio.
    const technology = result.tornado.find((bar) => bar.line === "Technology cost");
    expect(technology?.high).toBeLessThan(technology?.low ?? NaN);
  });
});

describe("reproducibility", () => {
  test("adding, removing or reordering contracts never changes another contract's figures", () => {
    const alone = simulatePortfolio([PORTFOLIO[1] as SimulatedContract], { trials: 500, seed: 3 }).contracts[0];
    const reordered = simulatePortfolio([...PORTFOLIO].reverse(), { trials: 500, seed: 3 }).contracts.find((c) => c.id === "VC-0002");
    expect(reordered).toEqual(alone);
  });

  test("the steps yield rising progress to 1 and end with simulatePortfolio's result", () => {
    const steps = portfolioSimulationSteps(PORTFOLIO, { trials: 200 });
    const progress: number[] = [];
    let next = steps.next();
    while (!next.done) {
      progress.push(next.value);
      next = steps.next();
    }
    // 4 uncertain lines and 3 contracts: 7 steps.
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => n / 7));
    expect(next.value).toEqual(simulatePortfolio(PORTFOLIO, { trials: 200 }));
  });

  test("a contract whose lines are all certain is its plan in every trial, whatever the seed", () => {
    const certain = fc.record({ plan: fc.integer({ min: 0, max: 1e9 }), cost: fc.integer({ min: 0, max: 1e9 }), seed: fc.nat() });
    fc.assert(
      fc.property(certain, ({ plan, cost, seed }) => {
        const contract: SimulatedContract = {
          id: "X",
          valueChain: null,
          mandate: null,
          revenueMargin: null,
          lines: [
            { line: "Protected earnings", plan, range: null },
            { line: "Data cost", plan: cost, range: null },
          ],
        };
        const { summary } = simulatePortfolio([contract], { trials: 100, seed }).contracts[0] ?? { summary: null };
        expect(summary).toEqual({ mean: plan - cost, p10: plan - cost, p50: plan - cost, p90: plan - cost, probabilityBelowZero: plan - cost < 0 ? 1 : 0 });
      }),
      { numRuns: 30 },
    );
  });

  test("a range out of order is a caller's bug", () => {
    const broken: SimulatedContract = { id: "X", valueChain: null, mandate: null, revenueMargin: null, lines: [{ line: "Data cost", plan: 5, range: { low: 6, likely: 5, high: 9 } }] };
    expect(() => simulatePortfolio([broken])).toThrow(RangeError);
  });
});

describe("the cache key and cache", () => {
  test("the key changes with any input the result depends on, and only then", () => {
    const key = simulationKey(PORTFOLIO);
    expect(simulationKey(PORTFOLIO.map((contract) => ({ ...contract })))).toBe(key);
    const widened = PORTFOLIO.map((contract, i) => (i === 1 ? { ...contract, lines: [{ line: "Capacity value" as const, plan: 120_000, range: { low: 0, likely: 100_000, high: 200_001 } }] } : contract));
    expect(simulationKey(widened)).not.toBe(key);
    expect(simulationKey(PORTFOLIO, { seed: 2 })).not.toBe(key);
    expect(simulationKey(PORTFOLIO, { trials: 20_000 })).not.toBe(key);
    expect(simulationKey([...PORTFOLIO].reverse())).not.toBe(key); // the order of the results differs
  });

  test("keeps the most recently used results up to its capacity", () => {
    const cache = new SimulationCache(2);
    const result = simulatePortfolio(PORTFOLIO, { trials: 100 });
    cache.set("a", result);
    cache.set("b", result);
    expect(cache.get("a")).toBe(result); // a is now the most recent
    cache.set("c", result);
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBe(result);
    expect(cache.get("c")).toBe(result);
  });
});

describe("running in slices", () => {
  test("pauses whenever a slice has used its time, reports progress, and returns the result", async () => {
    // A clock that moves 10 ms per reading: every third reading ends a 30 ms slice.
    let clock = 0;
    const now = () => (clock += 10);
    let pauses = 0;
    const progress: number[] = [];
    const result = await runInSlices(portfolioSimulationSteps(PORTFOLIO, { trials: 200 }), async () => void pauses++, { now, onProgress: (p) => progress.push(p) });
    expect(result).toEqual(simulatePortfolio(PORTFOLIO, { trials: 200 }));
    expect(pauses).toBeGreaterThan(1);
    expect(progress).toHaveLength(pauses);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
  });

  test("stops at the next pause once cancelled", async () => {
    let clock = 0;
    let cancelled = false;
    const result = await runInSlices(portfolioSimulationSteps(PORTFOLIO, { trials: 200 }), async () => void (cancelled = true), { now: () => (clock += 50), cancelled: () => cancelled });
    expect(result).toBeUndefined();
  });
});

describe("the contracts of a workbook as the simulation takes them", () => {
  const contracts = samplePortfolio("2026-06-30", "VC-0001");
  const ranges = sampleRanges(contracts, "2026-06-30T00:00:00Z");

  test("each contract's plan is its Planned value, certain lines and all", () => {
    const simulated = simulatePortfolio(contracts.map((contract) => simulatedContract(contract, ranges)), { trials: 200 });
    simulated.contracts.forEach((result, i) => {
      const contract = contracts[i];
      if (contract === undefined) throw new Error("no contract");
      expect(result.planned).toBeCloseTo(contractFigures(contract).plannedValue, 6);
    });
  });

  test("the live portfolio leaves out Draft and Terminated contracts, as the headline does", () => {
    const live = livePortfolio(contracts, ranges);
    expect(live.map((contract) => contract.id)).toEqual(contracts.filter((contract) => !["Draft", "Terminated"].includes(contract.status)).map((contract) => contract.id));
    // Only lines with a plan or a range are simulated; the sample ranges' lines are uncertain.
    const withRanges = new Set(ranges.map((row) => `${row.contractId}|${row.line}`));
    for (const contract of live) for (const line of contract.lines) expect(line.range !== null).toBe(withRanges.has(`${contract.id}|${line.line}`));
  });
});

describe("FNV-1a over UTF-8", () => {
  test("hashes the same bytes as Node's UTF-8 encoder, for any text (a lone surrogate as U+FFFD)", () => {
    const reference = (text: string): number => {
      let hash = 2166136261;
      for (const byte of Buffer.from(text, "utf8")) hash = Number((BigInt((hash ^ byte) >>> 0) * 16777619n) % 4294967296n);
      return hash;
    };
    fc.assert(fc.property(fc.string({ unit: "binary" }), (text) => expect(fnv1a32(text)).toBe(reference(text))));
    expect(fnv1a32("café-€-𝄞")).toBe(reference("café-€-𝄞"));
  });
});
