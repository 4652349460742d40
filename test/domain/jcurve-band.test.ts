import fc from "fast-check";
import { jCurveBand } from "../../src/domain/jcurve-band";

describe("jCurveBand", () => {
  test("three quarters: the annual spread phased by 3, 6 and 9 months around the cumulative plan", () => {
    // Planned 400,000 a year; P10 280,000 and P90 560,000, so the annual spread is -120,000 and +160,000.
    // Phased: -120,000 x 3/12 = -30,000, x 6/12 = -60,000, x 9/12 = -90,000;
    //         +160,000 x 3/12 = +40,000, x 6/12 = +80,000, x 9/12 = +120,000.
    // Cumulative plan -30,000, -10,000, +60,000 (early costs, then benefits):
    //   low  -60,000, -70,000, -30,000;  high +10,000, +70,000, +180,000.
    const periods = [
      { period: "2025-04-01", cumulativePlan: -30_000 },
      { period: "2025-07-01", cumulativePlan: -10_000 },
      { period: "2025-10-01", cumulativePlan: 60_000 },
    ];
    expect(jCurveBand(periods, "Quarter", { planned: 400_000, p10: 280_000, p90: 560_000 })).toEqual({
      cumulativeLow: [-60_000, -70_000, -30_000],
      cumulativeHigh: [10_000, 70_000, 180_000],
    });
  });

  test("a period missing from the ledger still counts its months: Q1 and Q3 end 3 and 9 months in", () => {
    // Planned 120,000, P10 96,000 (spread -24,000 a year), P90 168,000 (+48,000 a year).
    // Q1 2025: 3 months, -6,000 and +12,000; Q3 2025: 9 months, -18,000 and +36,000. Cumulative plan 10,000 and 40,000.
    const periods = [
      { period: "2025-01-01", cumulativePlan: 10_000 },
      { period: "2025-07-01", cumulativePlan: 40_000 },
    ];
    expect(jCurveBand(periods, "Quarter", { planned: 120_000, p10: 96_000, p90: 168_000 })).toEqual({
      cumulativeLow: [4_000, 22_000],
      cumulativeHigh: [22_000, 76_000],
    });
  });

  test("months across a year end: December and January are 1 and 2 months in", () => {
    // Spread -12,000 and +24,000 a year: -1,000 and +2,000 a month. Cumulative plan 5,000 and 9,000.
    const periods = [
      { period: "2024-12-01", cumulativePlan: 5_000 },
      { period: "2025-01-01", cumulativePlan: 9_000 },
    ];
    expect(jCurveBand(periods, "Month", { planned: 60_000, p10: 48_000, p90: 84_000 })).toEqual({
      cumulativeLow: [4_000, 7_000],
      cumulativeHigh: [7_000, 13_000],
    });
  });

  test("no periods: an empty band", () => {
    expect(jCurveBand([], "Quarter", { planned: 1, p10: 0, p90: 2 })).toEqual({ cumulativeLow: [], cumulativeHigh: [] });
  });

  test("a P10 and P90 at the plan give a band on the plan itself; otherwise it widens period by period", () => {
    const arbitrary = fc.record({
      plans: fc.array(fc.integer({ min: -1_000_000, max: 1_000_000 }), { minLength: 1, maxLength: 12 }),
      planned: fc.integer({ min: -1_000_000, max: 1_000_000 }),
      below: fc.integer({ min: 0, max: 1_000_000 }),
      above: fc.integer({ min: 0, max: 1_000_000 }),
    });
    fc.assert(
      fc.property(arbitrary, ({ plans, planned, below, above }) => {
        const periods = plans.map((cumulativePlan, index) => ({ period: `${2020 + Math.floor(index / 4)}-${String(1 + 3 * (index % 4)).padStart(2, "0")}-01`, cumulativePlan }));
        expect(jCurveBand(periods, "Quarter", { planned, p10: planned, p90: planned })).toEqual({ cumulativeLow: plans, cumulativeHigh: plans });
        const band = jCurveBand(periods, "Quarter", { planned, p10: planned - below, p90: planned + above });
        const widths = plans.map((plan, index) => [plan - (band.cumulativeLow[index] ?? 0), (band.cumulativeHigh[index] ?? 0) - plan]);
        widths.forEach(([down = 0, up = 0], index) => {
          expect(down).toBeCloseTo((below * 3 * (index + 1)) / 12, 6);
          expect(up).toBeCloseTo((above * 3 * (index + 1)) / 12, 6);
        });
      }),
    );
  });
});
