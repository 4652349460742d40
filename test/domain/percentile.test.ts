import fc from "fast-check";
import { hdrFill } from "../../src/domain/hdr";
import { percentileInc, percentileIncSorted, percentilesIncInPlace, SAMPLED_FROM, sampledOrderStatistics } from "../../src/domain/percentile";
import { unwrap } from "./unwrap";

describe("PERCENTILE.INC", () => {
  test("Excel's documentation example: PERCENTILE.INC({1, 3, 2, 4}, 0.3) = 1.9", () => {
    // Sorted 1, 2, 3, 4; rank 0.3 x 3 = 0.9; 1 + 0.9 x (2 - 1) = 1.9.
    expect(unwrap(percentileInc([1, 3, 2, 4], 0.3))).toBeCloseTo(1.9, 15);
  });

  test("QUARTILE.INC's documentation example: the first quartile of {1, 2, 4, 7, 8, 9, 10, 12} is 3.5", () => {
    // rank 0.25 x 7 = 1.75: 2 + 0.75 x (4 - 2) = 3.5.
    expect(unwrap(percentileInc([1, 2, 4, 7, 8, 9, 10, 12], 0.25))).toBe(3.5);
  });

  test("P50 is the median, P0 the least and P100 the greatest", () => {
    expect(unwrap(percentileInc([6, 1, 5, 2, 4, 3], 0.5))).toBe(3.5); // MEDIAN(1, ..., 6) = 3.5
    expect(unwrap(percentileInc([7, -2, 9], 0))).toBe(-2);
    expect(unwrap(percentileInc([7, -2, 9], 1))).toBe(9);
    expect(unwrap(percentileInc([5], 0.9))).toBe(5);
  });

  test("ordered in p and between the least and greatest value", () => {
    const values = fc.array(fc.double({ min: -1e9, max: 1e9, noNaN: true }), { minLength: 1, maxLength: 50 });
    const p = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(values, p, p, (xs, p1, p2) => {
        const sorted = Float64Array.from(xs).sort();
        const [low, high] = p1 <= p2 ? [p1, p2] : [p2, p1];
        const a = percentileIncSorted(sorted, low);
        const b = percentileIncSorted(sorted, high);
        return (sorted[0] ?? 0) <= a && a <= b && b <= (sorted[sorted.length - 1] ?? 0);
      }),
    );
  });

  test("like Excel, no values or p outside [0, 1] is #NUM!", () => {
    expect(percentileInc([], 0.5)).toEqual({ ok: false, error: { kind: "num", message: expect.any(String) } });
    expect(percentileInc([1, 2], 1.1)).toEqual({ ok: false, error: { kind: "num", message: expect.stringContaining("from 0 to 1") } });
  });
});

describe("percentilesIncInPlace (selection, no sort)", () => {
  test("the same numbers as PERCENTILE.INC over the sorted values, in the order asked, ties and all", () => {
    // Small integers make ties common, the case where a selection's partition is easiest to get wrong.
    const values = fc.oneof(
      fc.array(fc.double({ min: -1e9, max: 1e9, noNaN: true }), { minLength: 1, maxLength: 300 }),
      fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 1, maxLength: 300 }),
    );
    const ps = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(values, ps, (xs, fractions) => {
        const sorted = Float64Array.from(xs).sort();
        const expected = fractions.map((p) => percentileIncSorted(sorted, p) + 0); // + 0: -0 and 0 alike
        const actual = percentilesIncInPlace(Float64Array.from(xs), fractions).map((x) => x + 0);
        expect(actual).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  test("neighbouring ranks and whole ranks: the next value may lie beyond the part searched", () => {
    // 11 values: p = 0.45 has rank 4.5 (between the 5th and 6th), p = 0.5 rank 5 exactly, p = 0.4 rank 4.
    const values = fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 11, maxLength: 11 });
    const ps = fc.shuffledSubarray([0, 0.1, 0.4, 0.45, 0.5, 0.55, 0.9, 0.95, 1], { minLength: 1 });
    fc.assert(
      fc.property(values, ps, (xs, fractions) => {
        const sorted = Float64Array.from(xs).sort();
        const expected = fractions.map((p) => percentileIncSorted(sorted, p) + 0);
        expect(percentilesIncInPlace(Float64Array.from(xs), fractions).map((x) => x + 0)).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  test("Excel's example, PERCENTILE.INC({1, 3, 2, 4}, 0.3) = 1.9, and P10, P50, P90 of 1..10", () => {
    expect(percentilesIncInPlace(Float64Array.of(1, 3, 2, 4), [0.3])[0]).toBeCloseTo(1.9, 15);
    // Ranks 0.9, 4.5 and 8.1 of 1..10: 1.9, 5.5 and 9.1.
    const [p10, p50, p90] = percentilesIncInPlace(Float64Array.of(10, 9, 8, 7, 6, 5, 4, 3, 2, 1), [0.1, 0.5, 0.9]);
    expect([p10, p50, p90].map((x) => Math.round((x ?? NaN) * 10) / 10)).toEqual([1.9, 5.5, 9.1]);
  });
});

describe("percentilesIncInPlace from SAMPLED_FROM values (brackets from a sample, selection when one misses)", () => {
  const sortedCopy = (xs: ArrayLike<number>): Float64Array => Float64Array.from(xs).sort();

  test("the same numbers as over the sorted values, for random, tied, sorted, reversed and constant input", () => {
    // Sorted and reversed input and heavy ties are where a sample's brackets may miss: the answer must not change.
    const shapes = fc.constantFrom("random", "ties", "ascending", "descending", "constant", "two values");
    // Up to three fractions: the brackets' own path (more than three separate brackets go to selection).
    const ps = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(fc.integer({ min: SAMPLED_FROM, max: 3 * SAMPLED_FROM }), shapes, fc.integer({ min: 1, max: 2 ** 31 }), ps, (n, shape, seed, fractions) => {
        let state = seed;
        const next = (): number => (state = (Math.imul(state, 48271) >>> 0) % 2147483647) / 2147483647; // Park-Miller
        const values = Float64Array.from({ length: n }, (_, i) => {
          if (shape === "random") return (next() - 0.5) * 1e6;
          if (shape === "ties") return Math.floor(next() * 7) - 3;
          if (shape === "ascending") return i * 0.5;
          if (shape === "descending") return -i;
          if (shape === "constant") return 42;
          return next() < 0.9 ? 1 : 2;
        });
        const sorted = sortedCopy(values);
        for (const asked of [fractions, [0.1, 0.5, 0.9]]) {
          const expected = asked.map((p) => percentileIncSorted(sorted, p) + 0);
          expect(percentilesIncInPlace(Float64Array.from(values), asked).map((x) => x + 0)).toEqual(expected);
        }
      }),
      { numRuns: 150 },
    );
  });

  test("on a simulation's trials the sample's brackets hold P10, P50 and P90, with the values ranked k and k + 1", () => {
    // 10,000 sums of two HDR uniforms: the case the brackets are for. A miss would fall back to selection (same
    // answer, twice the time), so the brackets themselves are checked here, against a full sort.
    const a = new Float64Array(10_000);
    const b = new Float64Array(10_000);
    hdrFill(a, { entity: 1, varId: 1, seed3: 0, seed4: 0 });
    hdrFill(b, { entity: 1, varId: 2, seed3: 0, seed4: 0 });
    const trials = a.map((x, i) => 1000 * x - 400 * (b[i] ?? 0));
    const sorted = sortedCopy(trials);
    const ranks = [999, 4999, 8999]; // floor(p x 9,999) for 0.1, 0.5, 0.9
    const found = sampledOrderStatistics(Float64Array.from(trials), ranks);
    expect(found).not.toBeNull();
    for (const k of ranks) expect(found?.get(k)).toEqual([sorted[k], sorted[k + 1]]);
    // The last rank's pair is the greatest value twice; the first rank's bracket starts below every value.
    const ends = sampledOrderStatistics(Float64Array.from(trials), [0, 9_999]);
    expect(ends?.get(0)).toEqual([sorted[0], sorted[1]]);
    expect(ends?.get(9_999)).toEqual([sorted[9_999], sorted[9_999]]);
  });

  test("more than three separate brackets are left to selection", () => {
    const values = Float64Array.from({ length: 10_000 }, (_, i) => (i * 7919) % 10_000);
    expect(sampledOrderStatistics(values, [100, 3000, 6000, 9000])).toBeNull();
    const sorted = sortedCopy(values);
    expect(percentilesIncInPlace(values, [0.01, 0.3, 0.6, 0.9])).toEqual([0.01, 0.3, 0.6, 0.9].map((p) => percentileIncSorted(sorted, p)));
  });
});
