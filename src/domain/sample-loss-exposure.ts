import { LossExposure } from "./loss-exposure";
import { SAMPLE_COUNT } from "./sample-contracts";

/**
 * Loss exposures for the two sample contracts that avoid loss (sample-contracts.ts), so that the samples show loss
 * exceedance curves. Frequencies are events a year, impacts currency per event; each mean, (low + 4 likely + high) / 6,
 * is worked out beside it and lands near the contract's Avoided loss plan.
 */
const BY_SAMPLE: ReadonlyMap<number, Omit<LossExposure, "contractId" | "updated">> = new Map([
  // Supplier invoice fraud detection (sample 4), Avoided loss 600,000: wrong payments without checks, mean
  // (40 + 4 x 60 + 90) / 6 = 61.7 a year of mean (8,000 + 4 x 15,000 + 30,000) / 6 = 16,333 each, about 1,007,000 a
  // year; held before payment, (10 + 4 x 20 + 35) / 6 = 20.8 a year get through, about 340,000: some 667,000 avoided.
  [3, {
    frequencyWithoutLow: 40, frequencyWithoutLikely: 60, frequencyWithoutHigh: 90,
    impactWithoutLow: 8_000, impactWithoutLikely: 15_000, impactWithoutHigh: 30_000,
    frequencyWithLow: 10, frequencyWithLikely: 20, frequencyWithHigh: 35,
    impactWithLow: null, impactWithLikely: null, impactWithHigh: null,
    basis: "Two years of audit findings; the pilot's hold rate.",
  }],
  // Contract review agent for procurement (sample 8), Avoided loss 120,000: a risky clause signed (0.5 + 4 x 1 + 2) / 6
  // = 1.08 times a year, costing (50,000 + 4 x 150,000 + 600,000) / 6 = 208,333 each, about 226,000 a year; with the
  // agent (0.2 + 4 x 0.5 + 1.2) / 6 = 0.57 a year, about 118,000: some 108,000 avoided.
  [7, {
    frequencyWithoutLow: 0.5, frequencyWithoutLikely: 1, frequencyWithoutHigh: 2,
    impactWithoutLow: 50_000, impactWithoutLikely: 150_000, impactWithoutHigh: 600_000,
    frequencyWithLow: 0.2, frequencyWithLikely: 0.5, frequencyWithHigh: 1.2,
    impactWithLow: null, impactWithLikely: null, impactWithHigh: null,
    basis: "Legal's register of disputed clauses, five years.",
  }],
]);

/** The sample loss exposures for sample contracts with these IDs (in samplePortfolio's order), valid by construction. */
export function sampleLossExposures(ids: readonly string[]): LossExposure[] {
  return ids.slice(0, SAMPLE_COUNT).flatMap((contractId, index) => {
    const sample = BY_SAMPLE.get(index);
    return sample === undefined ? [] : [LossExposure.parse({ ...sample, contractId, updated: null })];
  });
}
