import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { betaInv } from "../../src/domain/beta";
import { PERT_QUANTILE_ACCURACY, pertPercentile, pertQuantile } from "../../src/domain/pert";

// scipy.stats.beta.ppf (Boost's ibeta_inv, a few ulps) at 30 probabilities, from HDR's least uniform
// 2^-33 to its greatest, for 15 PERT ranges: written by test/reference/pert_quantiles.py.
const reference = JSON.parse(readFileSync(path.join(__dirname, "../reference/pert-quantiles.json"), "utf8")) as {
  cases: Array<[number, number, number, number, number]>;
};

describe("pertQuantile's table against scipy", () => {
  test(`every reference quantile within ${PERT_QUANTILE_ACCURACY} of the range's span`, () => {
    expect(reference.cases).toHaveLength(450);
    const misses = reference.cases.filter(([min, likely, max, u, quantile]) => {
      const error = Math.abs(pertQuantile({ min, likely, max })(u) - quantile);
      return !(error <= PERT_QUANTILE_ACCURACY * (max - min));
    });
    expect(misses).toEqual([]);
  });

  test("pertPercentile (BETA.INV, no table) agrees with scipy to 1e-10 of the span", () => {
    for (const [min, likely, max, u, quantile] of reference.cases) {
      expect(Math.abs(pertPercentile({ min, likely, max }, u) - quantile)).toBeLessThanOrEqual(1e-10 * (max - min));
    }
  });
});

describe("pertQuantile's table against betaInv, for any PERT shape", () => {
  test(`within ${PERT_QUANTILE_ACCURACY} of the span, tails included`, () => {
    // Uniforms on a log scale reach HDR's extremes (2^-33 and 1 - 2^-33) in both tails.
    const tail = fc.double({ min: -33, max: -1, noNaN: true }).map((e) => 2 ** e);
    const u = fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), tail, tail.map((t) => 1 - t));
    const position = fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(1e-12, 1e-6, 1 - 1e-6, 1 - 1e-12));
    fc.assert(
      fc.property(position, fc.array(u, { minLength: 20, maxLength: 20 }), (p, us) => {
        const range = { min: 10, likely: 10 + 90 * p, max: 100 };
        const q = pertQuantile(range);
        const alpha = 1 + (4 * (range.likely - 10)) / 90;
        return us.every((x) => Math.abs(q(x) - betaInv(x, alpha, 6 - alpha, 10, 100)) <= PERT_QUANTILE_ACCURACY * 90);
      }),
      { numRuns: 300 },
    );
  });

  test("ends: u = 0 gives min and u = 1 gives max; the median of a symmetric range is its middle", () => {
    const q = pertQuantile({ min: 3, likely: 5, max: 11 });
    expect(q(0)).toBe(3);
    expect(Math.abs(q(1) - 11)).toBeLessThanOrEqual(1e-15 * 11);
    expect(Math.abs(pertQuantile({ min: 0, likely: 0.5, max: 1 })(0.5) - 0.5)).toBeLessThanOrEqual(4 * Number.EPSILON);
  });
});
