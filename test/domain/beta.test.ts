import fc from "fast-check";
import { betaInv, betaQuantile, incompleteBeta, logBeta, logGamma } from "../../src/domain/beta";

/** An independent reference for integer shapes: I_x(a, b) = P(Binomial(a + b - 1, x) >= a). */
function binomialTail(a: number, b: number, x: number): number {
  const n = a + b - 1;
  let coefficient = 1;
  let sum = 0;
  for (let j = 0; j <= n; j++) {
    if (j > 0) coefficient = (coefficient * (n - j + 1)) / j;
    if (j >= a) sum += coefficient * x ** j * (1 - x) ** (n - j);
  }
  return sum;
}

/** The root of 3x^2 - 2x^3 = u (I_x(2, 2) = u) by the trigonometric cubic formula, worked by hand:
 *  with x = 1/2 + y the cubic is y^3 - 3y/4 + (u - 1/2)/2 = 0, whose root in [-1/2, 1/2] is
 *  y = cos(acos(1 - 2u) / 3 - 2 pi / 3). */
const inverseTwoTwo = (u: number): number => 0.5 + Math.cos(Math.acos(1 - 2 * u) / 3 - (2 * Math.PI) / 3);

// Multiples of 2^-30, so that 1 - x is exact too (the reflection test would otherwise measure the
// rounding of 1 - x, amplified by a steep density).
const fraction = fc.integer({ min: 1, max: 2 ** 30 - 1 }).map((k) => k / 2 ** 30);
const pertShape = fc.double({ min: 1, max: 5, noNaN: true }).map((alpha) => [alpha, 6 - alpha] as const);
const anyShape = fc.double({ min: Math.log(0.2), max: Math.log(1000), noNaN: true }).map(Math.exp);

describe("logGamma", () => {
  test("known values: Gamma(1/2) = sqrt(pi), Gamma(n) = (n - 1)!, ln Gamma(100) from tables", () => {
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 14);
    expect(logGamma(1)).toBeCloseTo(0, 14);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 14);
    expect(logGamma(11)).toBeCloseTo(Math.log(3628800), 13);
    expect(logGamma(100)).toBeCloseTo(359.13420536957539878, 11); // ln(99!), Abramowitz and Stegun table 6.4 / OEIS
    expect(logGamma(0.1)).toBeCloseTo(2.2527126517342059599, 13); // ln Gamma(0.1), Gamma(0.1) = 9.5135076986687...
  });

  test("B(a, b) = Gamma(a) Gamma(b) / Gamma(a + b): B(2, 3) = 1/12, B(1/2, 1/2) = pi", () => {
    expect(Math.exp(logBeta(2, 3))).toBeCloseTo(1 / 12, 15);
    expect(Math.exp(logBeta(0.5, 0.5))).toBeCloseTo(Math.PI, 13);
  });
});

describe("incompleteBeta (BETA.DIST cumulative)", () => {
  test("Excel's documentation example: BETA.DIST(2, 8, 10, TRUE, 1, 3) = 0.6854706", () => {
    // (2 - 1) / (3 - 1) = 0.5 on the unit interval; Excel shows 7 digits.
    expect(incompleteBeta(0.5, 8, 10)).toBeCloseTo(0.6854706, 7);
  });

  test("closed forms: I_x(1, b) = 1 - (1 - x)^b, I_x(a, 1) = x^a, I_x(2, 2) = 3x^2 - 2x^3", () => {
    // 12 digits: for shapes near 1,000, ln B(a, b) is a difference of ln Gamma values near 6,000 and keeps ~13.
    fc.assert(
      fc.property(fraction, anyShape, (x, s) => {
        expect(incompleteBeta(x, 1, s)).toBeCloseTo(1 - (1 - x) ** s, 12);
        expect(incompleteBeta(x, s, 1)).toBeCloseTo(x ** s, 12);
        expect(incompleteBeta(x, 2, 2)).toBeCloseTo(3 * x ** 2 - 2 * x ** 3, 14);
      }),
    );
  });

  test("symmetric shapes put half the mass below 1/2: I_0.5(a, a) = 0.5", () => {
    for (const a of [0.3, 1, 2.5, 3, 10, 100, 1000]) expect(incompleteBeta(0.5, a, a)).toBeCloseTo(0.5, 12);
  });

  test("integer shapes agree with the binomial tail", () => {
    const whole = fc.integer({ min: 1, max: 30 });
    fc.assert(fc.property(fraction, whole, whole, (x, a, b) => Math.abs(incompleteBeta(x, a, b) - binomialTail(a, b, x)) < 1e-13));
  });

  test("reflection: I_x(a, b) = 1 - I_(1-x)(b, a); ends at 0 and 1", () => {
    fc.assert(fc.property(fraction, anyShape, anyShape, (x, a, b) => Math.abs(incompleteBeta(x, a, b) - (1 - incompleteBeta(1 - x, b, a))) < 1e-13));
    expect(incompleteBeta(0, 3, 2)).toBe(0);
    expect(incompleteBeta(1, 3, 2)).toBe(1);
  });
});

describe("betaInv (BETA.INV)", () => {
  test("Excel's documentation example: BETA.INV(0.685470581, 8, 10, 1, 3) = 2", () => {
    // The probability is given to 9 digits (+-5e-10); the density there is about 1.7 per unit, so the
    // answer is 2 to within about 3e-10.
    expect(Math.abs(betaInv(0.685470581, 8, 10, 1, 3) - 2)).toBeLessThan(1e-9);
  });

  test("closed-form inverses to 1e-10: 1 - (1 - u)^(1/b), u^(1/a) and the cubic for (2, 2)", () => {
    fc.assert(
      fc.property(fraction, anyShape, (u, s) => {
        expect(Math.abs(betaInv(u, 1, s) - (1 - (1 - u) ** (1 / s)))).toBeLessThan(1e-10);
        expect(Math.abs(betaInv(u, s, 1) - u ** (1 / s))).toBeLessThan(1e-10);
        expect(Math.abs(betaInv(u, 2, 2) - inverseTwoTwo(u))).toBeLessThan(1e-10);
      }),
    );
  });

  test("round trip: I(BETA.INV(u)) = u to 1e-12 relative, or x is the root to within 4 ulps", () => {
    fc.assert(
      fc.property(fraction, anyShape, anyShape, (u, a, b) => {
        const x = betaInv(u, a, b);
        expect(x >= 0 && x <= 1).toBe(true);
        // Work in the tail whose probability is small (below the median I, above it 1 - I), so that
        // relative accuracy in both tails is tested.
        const [p, root, s, t] = u <= 0.5 ? [u, x, a, b] : [1 - u, 1 - x, b, a];
        const close = Math.abs(incompleteBeta(root, s, t) - p) <= 1e-12 * p;
        // Where I is steep, a double x cannot hit u to 1e-12: then u must lie between I at x -+ 4 ulps.
        const step = 4 * Number.EPSILON * Math.max(x, root);
        const bracketed = incompleteBeta(root - step, s, t) <= p && p <= incompleteBeta(root + step, s, t);
        expect({ u, a, b, rootFound: close || bracketed }).toEqual({ u, a, b, rootFound: true });
      }),
      { numRuns: 1000 },
    );
  });

  test("probability 0 and 1 give the ends of the interval", () => {
    expect(betaInv(0, 3, 2, 10, 20)).toBe(10);
    expect(betaInv(1, 3, 2, 10, 20)).toBe(20);
  });

  test("shapes must be positive and the probability in [0, 1]: a bug, so it throws", () => {
    expect(() => betaInv(0.5, 0, 2)).toThrow(RangeError);
    expect(() => betaInv(1.5, 2, 2)).toThrow(RangeError);
  });
});

describe("betaQuantile (the prepared inverse the simulation uses)", () => {
  test("agrees with betaInv to 1e-12 for PERT shapes (alpha + beta = 6) and for any shapes", () => {
    const check = (u: number, a: number, b: number) => Math.abs(betaQuantile(a, b)(u) - betaInv(u, a, b)) < 1e-12;
    fc.assert(fc.property(fraction, pertShape, (u, [a, b]) => check(u, a, b)), { numRuns: 500 });
    fc.assert(fc.property(fraction, anyShape, anyShape, check), { numRuns: 500 });
  });

  test("one prepared inverse serves many uniforms, monotone, reaching the HDR extremes", () => {
    const inverse = betaQuantile(4.2, 1.8);
    const smallest = 0.5 / 2 ** 32; // HDR's least and greatest uniforms
    let previous = 0;
    for (const u of [smallest, 1e-6, 0.01, 0.1, 0.3, 0.5, 0.7, 0.9, 0.99, 1 - 1e-6, 1 - smallest]) {
      const x = inverse(u);
      expect(x).toBeGreaterThan(previous);
      expect(Math.abs(x - betaInv(u, 4.2, 1.8))).toBeLessThan(1e-12);
      previous = x;
    }
    expect(previous).toBeLessThan(1);
  });

  test("closed forms for shape 1", () => {
    expect(betaQuantile(1, 1)(0.37)).toBe(0.37);
    expect(betaQuantile(1, 5)(0.5)).toBeCloseTo(1 - 0.5 ** (1 / 5), 15);
    expect(betaQuantile(5, 1)(0.5)).toBeCloseTo(0.5 ** (1 / 5), 15);
  });
});
