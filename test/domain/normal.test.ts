import fc from "fast-check";
import { normalCdf, normalPdf } from "../../src/domain/normal";

/** Relative difference |a - b| / |b|. */
const relative = (a: number, b: number): number => Math.abs(a - b) / Math.abs(b);

describe("normalCdf", () => {
  // Reference values: N(1.96) and N(-1) as given in standard tables to full precision; the rest computed
  // independently with mpmath 1.3.0 at 40 significant digits (mpmath.ncdf), rounded to 20.
  const table: Array<[number, number]> = [
    [1.96, 0.9750021048517795],
    [-1, 0.15865525393145707],
    [0, 0.5],
    [0.5, 0.69146246127401310364],
    [-0.5, 0.30853753872598689636],
    [0.66, 0.74537308532866386236], // central interval
    [-0.7, 0.24196365222307302862], // just into the intermediate interval
    [1, 0.84134474606854294859],
    [2, 0.9772498680518207928],
    [3, 0.99865010196836990547],
    [-3, 0.0013498980316300945267],
    [-5, 2.8665157187919391167e-7],
    [5.7, 0.99999999400962859894], // far interval starts at sqrt(32) = 5.657
    [-6, 9.865876450376981407e-10],
    [-8, 6.2209605742717841235e-16],
    [-10, 7.619853024160526066e-24],
    [-20, 2.7536241186062336951e-89],
    [-37, 5.7255712225245768227e-300],
  ];

  test.each(table)("N(%p) matches the reference to 1e-15 relative", (x, expected) => {
    expect(relative(normalCdf(x), expected)).toBeLessThan(1e-15);
  });

  test("saturates to exactly 0 and 1 far out, and passes NaN through", () => {
    expect(normalCdf(-40)).toBe(0);
    expect(normalCdf(-Infinity)).toBe(0);
    expect(normalCdf(40)).toBe(1);
    expect(normalCdf(Infinity)).toBe(1);
    expect(normalCdf(Number.NaN)).toBeNaN();
  });

  test("is symmetric: N(x) + N(-x) = 1", () => {
    fc.assert(fc.property(fc.double({ min: -9, max: 9, noNaN: true }), (x) => Math.abs(normalCdf(x) + normalCdf(-x) - 1) < 4e-16));
  });

  test("is non-decreasing", () => {
    fc.assert(
      fc.property(fc.double({ min: -40, max: 40, noNaN: true }), fc.double({ min: -40, max: 40, noNaN: true }), (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        return normalCdf(low) <= normalCdf(high);
      }),
    );
  });

  test("its slope is the density: (N(x + h) - N(x - h)) / 2h ~ phi(x)", () => {
    fc.assert(
      fc.property(fc.double({ min: -6, max: 6, noNaN: true }), (x) => {
        const h = 1e-5;
        return Math.abs((normalCdf(x + h) - normalCdf(x - h)) / (2 * h) - normalPdf(x)) < 1e-9;
      }),
    );
  });
});

describe("normalPdf", () => {
  test("phi(0) = 1 / sqrt(2 pi) and phi(1) = e^(-1/2) / sqrt(2 pi)", () => {
    expect(normalPdf(0)).toBeCloseTo(0.3989422804014327, 16);
    expect(relative(normalPdf(1), Math.exp(-0.5) / Math.sqrt(2 * Math.PI))).toBeLessThan(1e-15);
    expect(normalPdf(-50)).toBe(0);
  });
});
