import fc from "fast-check";
import { hdrUniform } from "../../src/domain/hdr";
import { pertPercentile } from "../../src/domain/pert";
import { PORTFOLIO_WORK_LIMIT, portfolioRange, portfolioSensitivity, sensitivity, simulatePortfolioRows } from "../../src/domain/portfolio-range";
import { simulateValue, valueRange } from "../../src/domain/simulation";
import { componentsFromArray, VALUE_COMPONENTS } from "../../src/domain/value-equation";
import { unwrap } from "./unwrap";

/** One contract's nine valid ranges (low <= likely <= high, all >= 0), some of them certain. */
const contract = fc
  .array(fc.tuple(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 1e5, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.boolean()), {
    minLength: 9,
    maxLength: 9,
  })
  .map((rows) => {
    const ranges = rows.map(([min, spread, position, certain]) => ({ min, likely: min + (certain ? 0 : spread) * position, max: min + (certain ? 0 : spread) }));
    return {
      low: componentsFromArray(ranges.map((r) => r.min)),
      likely: componentsFromArray(ranges.map((r) => r.likely)),
      high: componentsFromArray(ranges.map((r) => r.max)),
    };
  });
const seed = fc.integer({ min: 0, max: 10_000_000 });

describe("PORTFOLIORANGE", () => {
  test("one contract is VALUERANGE exactly, trial for trial", () => {
    fc.assert(
      fc.property(contract, seed, ({ low, likely, high }, s) => {
        expect(unwrap(simulatePortfolioRows([{ low, likely, high }], 300, s))).toEqual(unwrap(simulateValue(low, likely, high, 300, s)));
        expect(portfolioRange([{ low, likely, high }], 300, s)).toEqual(valueRange(low, likely, high, 300, s));
      }),
      { numRuns: 100 },
    );
  });

  test("contract i, component j draws from HDR varId 9 (i - 1) + j: the second contract's revenue is varId 10", () => {
    // PERT(0, 0, 10) for the second contract's revenue only; the first contract is certain (0).
    const zeros = componentsFromArray([]);
    const second = { low: zeros, likely: zeros, high: componentsFromArray([10]) };
    const alone = unwrap(simulatePortfolioRows([{ low: zeros, likely: zeros, high: zeros }, second], 200, 4));
    // PERT(0, 0, 10) has the closed form 10 (1 - (1 - u)^(1/5)) (alpha 1, beta 5), here at the HDR uniform of
    // varId 10, entity 4 (test/domain/hdr.test.ts checks hdrUniform against the formula in BigInt).
    alone.forEach((value, i) => expect(value).toBeCloseTo(10 * (1 - (1 - hdrUniform(i + 1, { entity: 4, varId: 10, seed3: 0, seed4: 0 })) ** (1 / 5)), 8));
  });

  test("a certain contract adds its realised value to every trial", () => {
    fc.assert(
      fc.property(contract, seed, ({ low, likely, high }, s) => {
        const certain = componentsFromArray([1000, 0, 0, 0, 0, 400]);
        const alone = unwrap(simulateValue(low, likely, high, 100, s));
        const together = unwrap(simulatePortfolioRows([{ low, likely, high }, { low: certain, likely: certain, high: certain }], 100, s));
        together.forEach((total, i) => expect(total).toBeCloseTo((alone[i] ?? NaN) + 600, 6));
      }),
      { numRuns: 50 },
    );
  });

  test("checks name the row and component; too much work is #NUM!", () => {
    const fine = componentsFromArray([10, 0, 0, 0, 0, 5]);
    const bad = { low: componentsFromArray([30]), likely: fine, high: fine };
    expect(portfolioRange([{ low: fine, likely: fine, high: fine }, bad], 100, 1)).toEqual({
      ok: false,
      error: { kind: "num", message: "Row 2, component 1 (Incremental revenue): low (30) is above likely (10); enter low <= likely <= high." },
    });
    expect(portfolioRange([], 100, 1)).toEqual({ ok: false, error: { kind: "value", message: expect.stringContaining("no contracts") } });
    const many = Array.from({ length: PORTFOLIO_WORK_LIMIT / 100_000 + 1 }, () => ({ low: fine, likely: fine, high: fine }));
    expect(portfolioRange(many, 100_000, 1)).toEqual({ ok: false, error: { kind: "num", message: expect.stringContaining("use fewer trials") } });
    expect(portfolioRange([{ low: fine, likely: fine, high: fine }], 99, 1)).toEqual({ ok: false, error: { kind: "num", message: expect.stringContaining("trials") } });
  });
});

describe("SENSITIVITY and the portfolio tornado", () => {
  test("a benefit's P10 row is at most its P90 row, a cost's at least; a certain component's rows are equal", () => {
    fc.assert(
      fc.property(contract, seed, ({ low, likely, high }, s) => {
        const rows = unwrap(sensitivity(low, likely, high, 200, s));
        expect(rows.map((row) => row.key)).toEqual(VALUE_COMPONENTS.map((c) => c.key));
        rows.forEach((row, k) => {
          const { sign, key } = VALUE_COMPONENTS[k] ?? VALUE_COMPONENTS[0];
          if (low[key] === high[key]) expect(row.atP10).toBe(row.atP90);
          else if (sign > 0) expect(row.atP10).toBeLessThanOrEqual(row.atP90);
          else expect(row.atP10).toBeGreaterThanOrEqual(row.atP90);
        });
      }),
      { numRuns: 100 },
    );
  });

  test("holding a component swaps its simulated mean for its percentile: the swing is sign x (P90 - P10)", () => {
    fc.assert(
      fc.property(contract, seed, ({ low, likely, high }, s) => {
        const rows = unwrap(sensitivity(low, likely, high, 200, s));
        const mean = unwrap(valueRange(low, likely, high, 200, s)).mean;
        rows.forEach((row, k) => {
          const { sign, key } = VALUE_COMPONENTS[k] ?? VALUE_COMPONENTS[0];
          const range = { min: low[key], likely: likely[key], max: high[key] };
          const swing = sign * (pertPercentile(range, 0.9) - pertPercentile(range, 0.1));
          const scale = 1e-9 * (Object.values(high).reduce((a, b) => a + b, 0) + 1);
          expect(Math.abs(row.atP90 - row.atP10 - swing)).toBeLessThanOrEqual(scale);
          expect(Math.abs(row.mean - mean)).toBeLessThanOrEqual(scale); // the centre line is VALUERANGE's mean
        });
      }),
      { numRuns: 50 },
    );
  });

  test("a portfolio's tornado holds the component in every contract: the swing adds up", () => {
    const row = { low: componentsFromArray([100, 0, 0, 0, 0, 50]), likely: componentsFromArray([150, 0, 0, 0, 0, 60]), high: componentsFromArray([300, 0, 0, 0, 0, 90]) };
    const one = unwrap(portfolioSensitivity([row], 500, 3));
    const two = unwrap(portfolioSensitivity([row, row], 500, 3));
    const swing = (rows: typeof one, k: number) => (rows[k]?.atP90 ?? NaN) - (rows[k]?.atP10 ?? NaN);
    expect(swing(two, 0)).toBeCloseTo(2 * swing(one, 0), 9);
    expect(swing(two, 5)).toBeCloseTo(2 * swing(one, 5), 9);
  });
});
