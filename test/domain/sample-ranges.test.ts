import type { ValueContract } from "../../src/domain/contract";
import { pertQuantile } from "../../src/domain/pert";
import { samplePortfolio } from "../../src/domain/sample-contracts";
import { sampleRanges } from "../../src/domain/sample-ranges";
import { isBenefitLine } from "../../src/domain/value-lines";
import { contractRanges, ValueRange } from "../../src/domain/value-range";

const contracts = samplePortfolio("2026-12-03", "VC-0001");
const ranges = sampleRanges(contracts, "2026-12-03T09:00:00Z");
const byTitle = (title: string): ValueContract => {
  const found = contracts.find((contract) => contract.title === title);
  if (found === undefined) throw new Error(`no sample titled ${title}`);
  return found;
};

/**
 * P(value < 0) by plain Monte Carlo, independent of the simulation module: each uncertain line drawn from its PERT
 * by the inverse CDF of a uniform from a Park-Miller generator (seeded, so the figure is the same every run); value
 * is benefits (Incremental revenue at the margin) less costs, annual. 4,000 trials: a standard error under 0.008.
 */
function chanceOfLoss(contract: ValueContract): number {
  const lines = contractRanges(contract, ranges);
  const draws = lines.map((line) => (line.range === null ? () => line.plan : pertQuantile({ min: line.range.low, likely: line.range.likely, max: line.range.high })));
  let state = 20_261_203;
  const uniform = (): number => {
    state = (state * 48_271) % 2_147_483_647;
    return state / 2_147_483_647;
  };
  let losses = 0;
  const trials = 4_000;
  for (let t = 0; t < trials; t++) {
    let value = 0;
    lines.forEach((line, k) => {
      const amount = draws[k]?.(uniform()) ?? 0;
      const worth = line.line === "Incremental revenue" ? amount * (contract.revenueMargin ?? 0) : amount;
      value += isBenefitLine(line.line) ? worth : -worth;
    });
    if (value < 0) losses++;
  }
  return losses / trials;
}

describe("the sample ranges", () => {
  test("every row is a valid ValueRanges row, and every blank Likely's plan lies inside its range", () => {
    expect(ranges.flatMap((row) => ValueRange.safeParse(row).error?.issues ?? [])).toEqual([]);
    for (const contract of contracts) expect(contractRanges(contract, ranges).flatMap((line) => line.problems)).toEqual([]);
  });

  test("six of the eight samples have 2 to 4 uncertain lines; the Draft and the Paused one none", () => {
    const counts = contracts.map((contract) => [contract.title, ranges.filter((row) => row.contractId === contract.id).length]);
    expect(counts.filter(([, count]) => count !== 0)).toHaveLength(6);
    expect(counts.every(([, count]) => count === 0 || (Number(count) >= 2 && Number(count) <= 4))).toBe(true);
  });

  // Measured with this generator: design copilot 0.17, demand forecasting 0.97, service desk 0.01, churn 0.
  test("thin evidence, wide ranges: the design copilot and the forecasting redesign have a real chance of losing money; the churn model none", () => {
    expect(chanceOfLoss(byTitle("Early warning of key-account churn"))).toBe(0);
    const copilot = chanceOfLoss(byTitle("Design copilot for custom enclosures"));
    expect(copilot).toBeGreaterThan(0.05);
    expect(copilot).toBeLessThan(0.5);
    expect(chanceOfLoss(byTitle("Demand forecasting for regional warehouses"))).toBeGreaterThan(0.5);
  });

  test("copies of a sample in a large preview get its ranges", () => {
    const many = samplePortfolio("2026-12-03", "VC-0001", 8);
    const copy = many.find((contract) => contract.title === "Supplier invoice fraud detection (2)");
    expect(sampleRanges(many, "2026-12-03T09:00:00Z").filter((row) => row.contractId === copy?.id).map((row) => row.line)).toEqual(["Avoided loss", "Risk failures"]);
  });
});
