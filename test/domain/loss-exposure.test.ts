import { LossExposure, lossExceedanceCurve } from "../../src/domain/loss-exposure";
import { sampleLossExposures } from "../../src/domain/sample-loss-exposure";

const row = (contractId: string, numbers: ReadonlyArray<number | null>): unknown => {
  const keys = ["frequencyWithout", "impactWithout", "frequencyWith", "impactWith"].flatMap((side) => ["Low", "Likely", "High"].map((end) => `${side}${end}`));
  return { contractId, ...Object.fromEntries(keys.map((key, i) => [key, numbers[i] ?? null])), basis: "", updated: null };
};

const parse = (value: unknown): LossExposure => {
  const parsed = LossExposure.safeParse(value);
  if (!parsed.success) throw new Error(parsed.error.message);
  return parsed.data;
};

const ROWS = [
  parse(row("VC-0004", [0.5, 1, 3, 50_000, 120_000, 400_000, 0.1, 0.3, 1])),
  parse(row("VC-0009", [2, 4, 8, 5_000, 10_000, 30_000, 1, 2, 4, 5_000, 8_000, 20_000])),
];

describe("loss exceedance, with and without the intervention", () => {
  test("two contracts summed, against an independent recomputation", () => {
    // python3 test/reference/loss_exceedance.py: HDR 2.0 in exact integers (seed3 = 1), FNV-1a 32,
    // scipy.stats.beta.ppf for PERT (lambda 4); 1,000 trials, seed 3.
    const curve = lossExceedanceCurve(ROWS, { trials: 1000, seed: 3, thresholds: [0, 100_000, 250_000, 500_000, 1_000_000] });
    expect(curve.without).toEqual([1, 0.968, 0.39, 0.019, 0]);
    expect(curve.with).toEqual([1, 0.218, 0.001, 0, 0]);
    expect(Math.abs(curve.meanWithout - 240200.9601607275)).toBeLessThan(1e-3);
    expect(Math.abs(curve.meanWith - 77657.60140034495)).toBeLessThan(1e-3);
  });

  test("the default thresholds run from 0 to the largest loss, and the curves never rise", () => {
    const curve = lossExceedanceCurve(ROWS, { trials: 1000, seed: 3, points: 11 });
    expect(curve.thresholds).toHaveLength(11);
    expect(curve.thresholds[0]).toBe(0);
    expect(Math.abs((curve.thresholds[10] ?? 0) - 844293.4891787454)).toBeLessThan(1e-3); // the reference's largest loss
    expect(curve.without[10]).toBe(0);
    for (const side of [curve.without, curve.with]) side.slice(1).forEach((p, i) => expect(p).toBeLessThanOrEqual(side[i] ?? 1));
  });

  test("equal sides give equal curves (common random numbers)", () => {
    const same = parse(row("X", [1, 2, 3, 10, 20, 30, 1, 2, 3]));
    const curve = lossExceedanceCurve([same], { trials: 500 });
    expect(curve.with).toEqual(curve.without);
    expect(curve.meanWith).toBe(curve.meanWithout);
  });
});

describe("a LossExposure row", () => {
  test("needs both frequencies and the impact without; the impact with may be left blank", () => {
    const missing = LossExposure.safeParse(row("VC-1", [1, 2, 3, 10, null, 30, 1, 1, 1]));
    expect(missing.success).toBe(false);
    expect(missing.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["impactWithoutLikely", "Impact without likely is required."]]);
  });

  test("names the out-of-order and negative numbers by their headers", () => {
    const wrong = LossExposure.safeParse(row("VC-1", [3, 2, 4, 10, 20, 30, 1, 1, 1, -1, 5, 6]));
    expect(wrong.error?.issues.map((issue) => issue.message)).toEqual([
      "Frequency without likely (2) is below Frequency without low (3).",
      "Impact with low must be 0 or more.",
    ]);
  });

  test("an impact with the intervention half given is reported", () => {
    const half = LossExposure.safeParse(row("VC-1", [1, 2, 3, 10, 20, 30, 1, 1, 1, 5]));
    expect(half.error?.issues.map((issue) => issue.message)).toEqual([
      "Impact with likely is required when any impact with the intervention is given.",
      "Impact with high is required when any impact with the intervention is given.",
    ]);
  });
});

describe("the sample loss exposures", () => {
  test("belong to the two avoided-loss samples and imply about their Avoided loss plans", () => {
    const rows = sampleLossExposures(["VC-0001", "VC-0002", "VC-0003", "VC-0004", "VC-0005", "VC-0006", "VC-0007", "VC-0008"]);
    expect(rows.map((row) => row.contractId)).toEqual(["VC-0004", "VC-0008"]);
    // Frequency and impact are independent streams, so each side's mean is the product of the PERT means, worked
    // out in sample-loss-exposure.ts: 666,944 and 107,639 avoided a year.
    const implied = rows.map((row) => {
      const curve = lossExceedanceCurve([row], { trials: 20_000 });
      return curve.meanWithout - curve.meanWith;
    });
    expect(Math.abs((implied[0] ?? 0) / 666_944 - 1)).toBeLessThan(0.02);
    expect(Math.abs((implied[1] ?? 0) / 107_639 - 1)).toBeLessThan(0.02);
  });
});
