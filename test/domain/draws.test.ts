import fc from "fast-check";
import { addPertDraws } from "../../src/domain/draws";

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
});
