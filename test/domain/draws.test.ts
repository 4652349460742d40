import fc from "fast-check";
import { addPertDraws } from "../../src/domain/draws";
import { hdrUniform } from "../../src/domain/hdr";
import { pertQuantile } from "../../src/domain/pert";

const range = fc
  .tuple(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 1e5, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }))
  .map(([min, spread, position]) => ({ min, likely: min + spread * position, max: min + spread }));

describe("addPertDraws", () => {
  test("chunks give exactly one pass: totals[i] receives trial firstCounter + i", () => {
    fc.assert(
      fc.property(range, fc.integer({ min: 1, max: 499 }), fc.integer({ min: 0, max: 1000 }), (r, cut, entity) => {
        const key = { entity, varId: 3, seed3: 0, seed4: 0 };
        const whole = new Float64Array(500);
        addPertDraws(whole, r, -1, key);
        const head = new Float64Array(cut);
        const tail = new Float64Array(500 - cut);
        addPertDraws(head, r, -1, key, 1);
        addPertDraws(tail, r, -1, key, cut + 1);
        expect(Float64Array.from([...head, ...tail])).toEqual(whole);
      }),
      { numRuns: 100 },
    );
  });

  test("each trial gets scale x the PERT's quantile at its own uniform, tails included, and the terms' sum is returned", () => {
    // The loop evaluates the table's body for every draw and mends the tails' draws afterwards: each total must be
    // what a draw-by-draw pertQuantile gives, in the tails (u < 0.005 or u > 0.995: about 1 draw in 100) too.
    fc.assert(
      fc.property(range, fc.double({ min: -3, max: 3, noNaN: true }), fc.integer({ min: 0, max: 1000 }), (r, scale, entity) => {
        const key = { entity, varId: 5, seed3: 0, seed4: 0 };
        // Totals that already hold something (0, 0.5 or 1), as when a second line is added to a contract.
        const start = Float64Array.from({ length: 3000 }, (_, i) => (i % 3) * 0.5);
        const totals = Float64Array.from(start);
        const added = addPertDraws(totals, r, scale, key);
        const quantile = pertQuantile(r);
        let sum = 0;
        let size = 0;
        let tails = 0;
        const expected = start.map((before, i) => {
          const u = hdrUniform(i + 1, key);
          if (u < 0.005 || u > 0.995) tails++;
          const term = scale * quantile(u);
          sum += term;
          size += Math.abs(term);
          return before + term;
        });
        expect(tails).toBeGreaterThan(0);
        expect(totals).toEqual(expected);
        // The sum up to rounding: a certain range (min = max) returns its term times the trials, not a running sum.
        expect(Math.abs(added - sum)).toBeLessThanOrEqual(1e-12 * size);
      }),
      { numRuns: 60 },
    );
  });
});
