import fc from "fast-check";
import type { PertRange } from "../../src/domain/pert";
import { avoidedLossRange, simulateAvoidedLoss, simulateValue, valueRange } from "../../src/domain/simulation";
import { componentsFromArray, realisedValue, type ValueComponents } from "../../src/domain/value-equation";
import { unwrap } from "./unwrap";

/** HDR 2.0 with seed3 = seed4 = 0, transcribed literally in BigInt (exact): the outside reference. */
function hdr(counter: number, varId: number, entity: number): number {
  const [c, v, e] = [BigInt(counter), BigInt(varId), BigInt(entity)];
  const s1 = (c * 2499997n + v * 1800451n + e * 2000371n) % 7450589n;
  const s2 = (c * 2246527n + v * 2399993n + e * 2100869n) % 7450987n;
  const t1 = ((999999999999989n % (s1 * 4658n + 7450581n)) * 383n) % 99991n;
  const t2 = ((999999999999989n % (s2 * 7580n + 7560584n)) * 17669n) % 7440893n;
  return (Number(((t1 * 7440893n + t2) * 1343n) % 4294967296n) + 0.5) / 4294967296;
}

/** PERCENTILE.INC by its definition: rank p (n - 1) in the sorted values, linear between neighbours. */
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = p * (sorted.length - 1);
  const k = Math.floor(rank);
  const low = sorted[k] ?? NaN;
  return k + 1 < sorted.length ? low + (rank - k) * ((sorted[k + 1] ?? NaN) - low) : low;
}

const mean = (values: number[]): number => values.reduce((sum, x) => sum + x, 0) / values.length;

// PERT closed forms (lambda 4): likely = min gives alpha 1, beta 5, so the draw is min + span (1 - (1 - u)^(1/5));
// likely = max gives alpha 5, beta 1, so the draw is min + span u^(1/5).
const likelyAtMin = (min: number, max: number, u: number) => min + (max - min) * (1 - (1 - u) ** (1 / 5));
const likelyAtMax = (min: number, max: number, u: number) => min + (max - min) * u ** (1 / 5);

const zeros = componentsFromArray([]);

describe("VALUERANGE's simulation against an independent recomputation", () => {
  test("revenue PERT(0, 0, 10) less lifecycle cost PERT(0, 4, 4), 100 trials, seed 7", () => {
    // Revenue is component 1 (varId 1), lifecycle cost component 6 (varId 6); entity = seed = 7; trial i uses counter i.
    const trials = Array.from({ length: 100 }, (_, i) => likelyAtMin(0, 10, hdr(i + 1, 1, 7)) - likelyAtMax(0, 4, hdr(i + 1, 6, 7)));
    const high = componentsFromArray([10, 0, 0, 0, 0, 4]);
    const likely = componentsFromArray([0, 0, 0, 0, 0, 4]);
    const summary = unwrap(valueRange(zeros, likely, high, 100, 7));
    expect(summary.mean).toBeCloseTo(mean(trials), 10);
    expect(summary.p10).toBeCloseTo(percentile(trials, 0.1), 10);
    expect(summary.p50).toBeCloseTo(percentile(trials, 0.5), 10);
    expect(summary.p90).toBeCloseTo(percentile(trials, 0.9), 10);
    expect(summary.probabilityBelowZero).toBe(trials.filter((x) => x < 0).length / 100);
  });

  test("each trial in order, for a benefit and a cost at other positions (varId 3 and 9)", () => {
    const high = componentsFromArray([0, 0, 50, 0, 0, 0, 0, 0, 20]);
    const likely = componentsFromArray([0, 0, 0, 0, 0, 0, 0, 0, 20]);
    const values = unwrap(simulateValue(zeros, likely, high, 200, 0));
    values.forEach((value, i) => {
      expect(value).toBeCloseTo(likelyAtMin(0, 50, hdr(i + 1, 3, 0)) - likelyAtMax(0, 20, hdr(i + 1, 9, 0)), 10);
    });
  });
});

describe("AVOIDEDLOSSRANGE's simulation against an independent recomputation", () => {
  test("frequency PERT(0, 0, 2) -> PERT(0, 0, 1), impact PERT(100, 200, 200) on both sides, 500 trials, seed 3", () => {
    // Frequency is varId 1 and impact varId 2 on both sides; avoided = f_without x impact - f_with x impact.
    const expected = Array.from({ length: 500 }, (_, i) => {
      const uF = hdr(i + 1, 1, 3);
      const impact = likelyAtMax(100, 200, hdr(i + 1, 2, 3));
      return likelyAtMin(0, 2, uF) * impact - likelyAtMin(0, 1, uF) * impact;
    });
    const frequencyWithout = { min: 0, likely: 0, max: 2 };
    const frequencyWith = { min: 0, likely: 0, max: 1 };
    const impact = { min: 100, likely: 200, max: 200 };
    const summary = unwrap(avoidedLossRange(frequencyWithout, impact, frequencyWith, null, 500, 3));
    expect(summary.mean).toBeCloseTo(mean(expected), 9);
    expect(summary.p10).toBeCloseTo(percentile(expected, 0.1), 9);
    expect(summary.p50).toBeCloseTo(percentile(expected, 0.5), 9);
    expect(summary.p90).toBeCloseTo(percentile(expected, 0.9), 9);
    expect(Object.keys(summary)).toEqual(["mean", "p10", "p50", "p90"]);
  });
});

/** Nine valid component ranges (low <= likely <= high, all >= 0), some of them constant. */
const componentRanges = fc
  .array(
    fc.tuple(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 1e5, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.boolean()),
    { minLength: 9, maxLength: 9 },
  )
  .map((rows) => {
    const ranges = rows.map(([min, spread, position, constant]) => {
      const span = constant ? 0 : spread;
      return { min, likely: min + span * position, max: min + span };
    });
    return {
      low: componentsFromArray(ranges.map((r) => r.min)),
      likely: componentsFromArray(ranges.map((r) => r.likely)),
      high: componentsFromArray(ranges.map((r) => r.max)),
      ranges,
    };
  });

const pertRange = fc
  .tuple(fc.double({ min: 0, max: 1e4, noNaN: true }), fc.double({ min: 0, max: 1e4, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }))
  .map(([min, spread, position]): PertRange => ({ min, likely: min + spread * position, max: min + spread }));

const seed = fc.integer({ min: 0, max: 10_000_000 });

describe("properties of the simulation", () => {
  test("AVOIDEDLOSSRANGE with identical sides is exactly 0 in every trial", () => {
    fc.assert(
      fc.property(pertRange, pertRange, seed, (frequency, impact, s) => {
        const trials = unwrap(simulateAvoidedLoss(frequency, impact, { ...frequency }, { ...impact }, 100, s));
        expect(trials.every((x) => x === 0)).toBe(true);
        expect(unwrap(avoidedLossRange(frequency, impact, frequency, null, 100, s))).toEqual({ mean: 0, p10: 0, p50: 0, p90: 0 });
      }),
      { numRuns: 200 },
    );
  });

  test("percentiles are ordered, P10 <= P50 <= P90, and the probability is a fraction", () => {
    fc.assert(
      fc.property(componentRanges, seed, ({ low, likely, high }, s) => {
        const r = unwrap(valueRange(low, likely, high, 200, s));
        return r.p10 <= r.p50 && r.p50 <= r.p90 && r.probabilityBelowZero >= 0 && r.probabilityBelowZero <= 1;
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(pertRange, pertRange, pertRange, seed, (f1, i1, f2, s) => {
        const r = unwrap(avoidedLossRange(f1, i1, f2, null, 200, s));
        return r.p10 <= r.p50 && r.p50 <= r.p90;
      }),
      { numRuns: 200 },
    );
  });

  test("the simulated mean converges on the PERT mean, sum of sign x (low + 4 likely + high) / 6", () => {
    // A PERT(a, m, b) draw has mean mu = (a + 4m + b) / 6 and variance (mu - a)(b - mu) / 7 (a beta with
    // alpha + beta = 6). The nine draws are independent (different HDR streams), so the total's
    // variance is the sum. With 10,000 trials the mean of the trials is within 6 standard errors
    // (sigma / 100) except with probability about 2e-9 per case: a failure here is a real bias.
    fc.assert(
      fc.property(componentRanges, seed, ({ low, likely, high, ranges }, s) => {
        const signs = [1, 1, 1, 1, 1, -1, -1, -1, -1];
        let expected = 0;
        let magnitude = 0;
        let variance = 0;
        ranges.forEach((r, k) => {
          const mu = (r.min + 4 * r.likely + r.max) / 6;
          expected += (signs[k] ?? 0) * mu;
          magnitude += mu;
          variance += Math.max(0, (mu - r.min) * (r.max - mu)) / 7; // rounding can make a constant's tiny product negative
        });
        const simulated = unwrap(valueRange(low, likely, high, 10_000, s)).mean;
        // Plus rounding: the sum of nine terms up to 1e6 carries errors of about 1e-16 of their size.
        const tolerance = 6 * Math.sqrt(variance / 10_000) + 1e-12 * magnitude;
        expect(Math.abs(simulated - expected)).toBeLessThanOrEqual(tolerance);
      }),
      { numRuns: 25 },
    );
  });

  test("reproducible: the same inputs give the same outputs; another seed gives other draws", () => {
    fc.assert(
      fc.property(componentRanges, seed, ({ low, likely, high }, s) => {
        expect(valueRange(low, likely, high, 300, s)).toEqual(valueRange(low, likely, high, 300, s));
      }),
      { numRuns: 50 },
    );
    const high = componentsFromArray([100, 0, 0, 0, 0, 50]);
    expect(valueRange(zeros, zeros, high, 1000, 1)).not.toEqual(valueRange(zeros, zeros, high, 1000, 2));
  });

  test("an all-constant input gives the constant: REALISEDVALUE exactly, in every statistic", () => {
    const amounts = fc.array(fc.double({ min: 0, max: 1e9, noNaN: true }), { minLength: 9, maxLength: 9 });
    fc.assert(
      fc.property(amounts, seed, (values, s) => {
        const constant: ValueComponents = componentsFromArray(values);
        const value = unwrap(realisedValue(constant));
        const r = unwrap(valueRange(constant, constant, constant, 100, s));
        expect(r).toEqual({ mean: value, p10: value, p50: value, p90: value, probabilityBelowZero: value < 0 ? 1 : 0 });
      }),
    );
  });

  test("doubling every amount doubles every result exactly (scaling by 2 is exact in doubles)", () => {
    fc.assert(
      fc.property(componentRanges, seed, ({ low, likely, high }, s) => {
        const twice = (c: ValueComponents) => componentsFromArray(Object.values(c).map((x) => 2 * x));
        const r = unwrap(valueRange(low, likely, high, 100, s));
        const r2 = unwrap(valueRange(twice(low), twice(likely), twice(high), 100, s));
        expect(r2).toEqual({ mean: 2 * r.mean, p10: 2 * r.p10, p50: 2 * r.p50, p90: 2 * r.p90, probabilityBelowZero: r.probabilityBelowZero });
      }),
      { numRuns: 50 },
    );
  });

  test("a benefit and a cost with the same range lose money half the time", () => {
    // Value = X - Y with X, Y independent and identically distributed: P(value < 0) = 1/2; with 10,000
    // trials the share has standard error 0.005, so within 0.03 (6 of them).
    const range = componentsFromArray([0, 0, 0, 0, 0, 0, 0, 0, 0]);
    const likely = componentsFromArray([30, 0, 0, 0, 0, 30]);
    const high = componentsFromArray([100, 0, 0, 0, 0, 100]);
    expect(Math.abs(unwrap(valueRange(range, likely, high, 10_000, 1)).probabilityBelowZero - 0.5)).toBeLessThan(0.03);
  });
});

describe("checks", () => {
  const low = componentsFromArray([10, 0, 0, 0, 0, 5]);
  const likely = componentsFromArray([20, 0, 0, 0, 0, 5]);
  const high = componentsFromArray([30, 0, 0, 0, 0, 5]);

  test("low above likely, or likely above high, is #NUM! naming the component", () => {
    expect(valueRange(likely, low, high, 100, 1)).toEqual({
      ok: false,
      error: { kind: "num", message: "Component 1 (Incremental revenue): low (20) is above likely (10); enter low <= likely <= high." },
    });
    expect(valueRange(low, high, likely, 100, 1)).toEqual({
      ok: false,
      error: { kind: "num", message: expect.stringMatching(/^Component 1 .*likely \(30\) is above high \(20\)/) },
    });
  });

  test("a negative amount is #NUM!, a non-number #VALUE!", () => {
    const negative = componentsFromArray([10, 0, 0, 0, 0, -5]);
    expect(valueRange(negative, likely, high, 100, 1)).toEqual({
      ok: false,
      error: { kind: "num", message: expect.stringContaining("Component 6 (Full lifecycle cost): low must be 0 or more") },
    });
    const notNumber = componentsFromArray([NaN]);
    expect(valueRange(notNumber, likely, high, 100, 1)).toEqual({ ok: false, error: { kind: "value", message: expect.any(String) } });
  });

  test("trials must be whole, from 100 to 1,000,000; seed whole and 0 or more", () => {
    for (const trials of [99, 1_000_001, 150.5, NaN]) {
      expect(valueRange(low, likely, high, trials, 1)).toEqual({
        ok: false,
        error: { kind: "num", message: expect.stringContaining("trials must be a whole number from 100 to 1,000,000") },
      });
    }
    for (const s of [-1, 0.5, Infinity]) {
      expect(valueRange(low, likely, high, 100, s)).toEqual({
        ok: false,
        error: { kind: "num", message: expect.stringContaining("seed must be a whole number of 0 or more") },
      });
    }
    expect(valueRange(low, likely, high, 100, 0).ok).toBe(true);
    expect(valueRange(likely, likely, likely, 1_000_000, 1).ok).toBe(true); // constant: the limit without the wait
  });

  test("AVOIDEDLOSSRANGE names the range and its min, most likely and max", () => {
    const fine = { min: 1, likely: 2, max: 3 };
    expect(avoidedLossRange(fine, fine, { min: 3, likely: 2, max: 4 }, null, 100, 1)).toEqual({
      ok: false,
      error: { kind: "num", message: "frequencyWith: min (3) is above most likely (2); enter min <= most likely <= max." },
    });
    expect(avoidedLossRange(fine, fine, fine, { min: -1, likely: 2, max: 3 }, 100, 1)).toEqual({
      ok: false,
      error: { kind: "num", message: expect.stringContaining("impactWith: min must be 0 or more") },
    });
    expect(avoidedLossRange(fine, fine, fine, null, 50, 1)).toEqual({ ok: false, error: { kind: "num", message: expect.stringContaining("trials") } });
  });

  test("impactWith null means the same as impactWithout", () => {
    const f1 = { min: 0.1, likely: 0.2, max: 0.5 };
    const f2 = { min: 0.05, likely: 0.1, max: 0.2 };
    const impact = { min: 1000, likely: 5000, max: 20000 };
    expect(avoidedLossRange(f1, impact, f2, null, 1000, 4)).toEqual(avoidedLossRange(f1, impact, f2, impact, 1000, 4));
  });
});
