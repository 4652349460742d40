import fc from "fast-check";
import { pertMean, pertQuantile, pertShape, type PertRange } from "../../src/domain/pert";

/** A valid range: min <= likely <= max, all >= 0, with a real spread. */
const range = fc
  .tuple(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.double({ min: 1, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }))
  .map(([min, spread, position]): PertRange => ({ min, likely: min + spread * position, max: min + spread }));

describe("PERT with lambda 4", () => {
  test("shapes by hand: PERT(0, 3, 10) has alpha = 1 + 4 x 3/10 = 2.2 and beta = 1 + 4 x 7/10 = 3.8", () => {
    const { alpha, beta } = pertShape({ min: 0, likely: 3, max: 10 });
    expect(alpha).toBeCloseTo(2.2, 15);
    expect(beta).toBeCloseTo(3.8, 15);
  });

  test("the mean is (min + 4 likely + max) / 6: PERT(0, 3, 10) = 22 / 6", () => {
    expect(pertMean({ min: 0, likely: 3, max: 10 })).toBeCloseTo(22 / 6, 14);
  });

  test("likely at min is the closed form 1 - (1 - u)^(1/5): PERT(10, 10, 20) at u = 0.5 is 11.2944943670", () => {
    // alpha = 1, beta = 5: I_x(1, 5) = 1 - (1 - x)^5, so x = 1 - 0.5^(1/5) = 1 - 0.8705505633 = 0.1294494367.
    expect(pertQuantile({ min: 10, likely: 10, max: 20 })(0.5)).toBeCloseTo(11.294494367, 9);
  });

  test("a symmetric range has its median in the middle", () => {
    expect(pertQuantile({ min: 100, likely: 150, max: 200 })(0.5)).toBeCloseTo(150, 12);
  });

  test("min = max is that constant, whatever the uniform", () => {
    const constant = pertQuantile({ min: 42.5, likely: 42.5, max: 42.5 });
    for (const u of [1e-10, 0.3, 0.5, 1 - 1e-10]) expect(constant(u)).toBe(42.5);
  });

  test("draws stay within [min, max] and increase with u (to the inverse's accuracy)", () => {
    // Uniforms one ulp apart can give draws whose order is decided by the last bits of the solver,
    // so the order is checked to 1e-12 of the spread, far inside the 1e-10 accuracy required.
    const u = fc.double({ min: 1e-10, max: 1 - 1e-10, noNaN: true });
    fc.assert(
      fc.property(range, u, u, (r, u1, u2) => {
        const q = pertQuantile(r);
        const [low, high] = u1 <= u2 ? [q(u1), q(u2)] : [q(u2), q(u1)];
        return r.min <= low && low <= high + 1e-12 * (r.max - r.min) && high <= r.max * (1 + 1e-15);
      }),
      { numRuns: 500 },
    );
  });

  test("the area under the quantile function is the PERT mean (midpoint rule, 4,000 strips)", () => {
    // The mean of a distribution is the integral of its quantile function over (0, 1). The midpoint
    // rule's error here is below 1e-5 of the spread (the quantile is smooth except near the ends).
    fc.assert(
      fc.property(range, (r) => {
        const q = pertQuantile(r);
        const strips = 4000;
        let area = 0;
        for (let i = 0; i < strips; i++) area += q((i + 0.5) / strips);
        return Math.abs(area / strips - pertMean(r)) <= 1e-5 * (r.max - r.min);
      }),
      { numRuns: 50 },
    );
  });
});
