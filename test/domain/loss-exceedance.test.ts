import fc from "fast-check";
import { lossExceedance, simulateLoss } from "../../src/domain/loss-exceedance";
import type { PertRange } from "../../src/domain/pert";
import { simulateAvoidedLoss } from "../../src/domain/simulation";
import { unwrap } from "./unwrap";

const range = (max: number) =>
  fc
    .tuple(fc.double({ min: 0, max, noNaN: true }), fc.double({ min: 0, max, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }))
    .map(([min, spread, position]): PertRange => ({ min, likely: min + spread * position, max: min + spread }));
const seed = fc.integer({ min: 0, max: 10_000_000 });
const thresholds = fc.array(fc.double({ min: 0, max: 2e6, noNaN: true }), { minLength: 1, maxLength: 12 });

describe("LOSSEXCEEDANCE", () => {
  test("non-increasing in the threshold, a fraction, 1 below the least loss and 0 at the greatest", () => {
    fc.assert(
      fc.property(range(5), range(1e5), thresholds, seed, (frequency, impact, ts, s) => {
        const sorted = [...ts].sort((a, b) => a - b);
        const probabilities = unwrap(lossExceedance(frequency, impact, sorted, 200, s));
        probabilities.forEach((p, i) => {
          expect(p >= 0 && p <= 1).toBe(true);
          if (i > 0) expect(p).toBeLessThanOrEqual(probabilities[i - 1] ?? NaN);
        });
        // No loss exceeds max frequency x max impact (to rounding).
        expect(unwrap(lossExceedance(frequency, impact, [frequency.max * impact.max * (1 + 1e-9)], 200, s))).toEqual([0]);
      }),
      { numRuns: 100 },
    );
  });

  test("strictly greater: a certain loss of 600 exceeds 599.99 in every trial and 600 in none", () => {
    const frequency = { min: 2, likely: 2, max: 2 };
    const impact = { min: 300, likely: 300, max: 300 };
    expect(unwrap(lossExceedance(frequency, impact, [599.99, 600, 0], 100, 1))).toEqual([1, 0, 1]);
  });

  test("the loss is AVOIDEDLOSSRANGE's without side, trial for trial (with = 0)", () => {
    fc.assert(
      fc.property(range(5), range(1e5), seed, (frequency, impact, s) => {
        const zero = { min: 0, likely: 0, max: 0 };
        expect(unwrap(simulateLoss(frequency, impact, 150, s))).toEqual(unwrap(simulateAvoidedLoss(frequency, impact, zero, zero, 150, s)));
      }),
      { numRuns: 50 },
    );
  });

  test("the share of trials above a threshold, counted by hand", () => {
    const frequency = { min: 0.2, likely: 0.5, max: 1.5 };
    const impact = { min: 50_000, likely: 120_000, max: 400_000 };
    const losses = Array.from(unwrap(simulateLoss(frequency, impact, 1000, 9)));
    const counted = [0, 60_000, 150_000].map((t) => losses.filter((loss) => loss > t).length / 1000);
    expect(unwrap(lossExceedance(frequency, impact, [0, 60_000, 150_000], 1000, 9))).toEqual(counted);
  });

  test("checks name the argument: frequency, impact, thresholds", () => {
    const fine = { min: 1, likely: 2, max: 3 };
    expect(lossExceedance({ min: 3, likely: 2, max: 4 }, fine, [1], 100, 1)).toEqual({
      ok: false,
      error: { kind: "num", message: "frequency: min (3) is above most likely (2); enter min <= most likely <= max." },
    });
    expect(lossExceedance(fine, { min: -1, likely: 2, max: 3 }, [1], 100, 1)).toEqual({
      ok: false,
      error: { kind: "num", message: expect.stringContaining("impact: min must be 0 or more") },
    });
    expect(lossExceedance(fine, fine, [5, -1], 100, 1)).toEqual({ ok: false, error: { kind: "num", message: "thresholds (cell 2) must be 0 or more; it is -1." } });
    expect(lossExceedance(fine, fine, [], 100, 1)).toEqual({ ok: false, error: { kind: "value", message: expect.stringContaining("thresholds is empty") } });
    expect(lossExceedance(fine, fine, [1], 50, 1)).toEqual({ ok: false, error: { kind: "num", message: expect.stringContaining("trials") } });
  });
});
