import fc from "fast-check";
import { cumulativeCashFlows, payback, trough } from "../../src/domain/cash-flow";
import { unwrap } from "./unwrap";

describe("payback", () => {
  test("the README's example (PAYBACK): -100, 20, 50, 60 -> 2.5", () => {
    // Cumulative -100, -80, -30, 30: turns non-negative in period 3, 30 short of 0 at the start, 60 in: 2 + 30/60.
    expect(unwrap(payback([-100, 20, 50, 60]))).toBe(2.5);
  });

  test("discounted, by hand: -100, 60, 60 at 10% -> 23/12 periods", () => {
    // Discounted flows: -100, 60/1.1 = 600/11 = 54.5454..., 60/1.21 = 6000/121 = 49.5867...
    // Cumulative: -100, -500/11 = -45.4545..., +4.1322...: crosses in period 2.
    // Payback = 1 + (500/11) / (6000/121) = 1 + (500 x 11) / 6000 = 1 + 11/12 = 1.91666...
    expect(unwrap(payback([-100, 60, 60], 0.1))).toBeCloseTo(23 / 12, 14);
    // Undiscounted the same stream pays back at 1 + 40/60.
    expect(unwrap(payback([-100, 60, 60]))).toBeCloseTo(5 / 3, 14);
  });

  test("period 0 is not discounted", () => {
    // -100 then 110 at 10%: 110 / 1.1 = 100 offsets period 0 exactly, so payback is exactly 1 (in doubles 110 / 1.1 is
    // 99.99999999999999: the cumulative within rounding error of 0 counts as 0, not as #N/A).
    expect(unwrap(payback([-100, 110], 0.1))).toBeCloseTo(1, 14);
  });

  test("uses the last crossing: a second dip below 0 restarts the clock", () => {
    // -100, 150, -100, 80: cumulative -100, 50, -50, 30. First crossing at 0.667, but the cumulative falls back;
    // it turns non-negative for good in period 3: 2 + 50/80 = 2.625.
    expect(unwrap(payback([-100, 150, -100, 80]))).toBe(2.625);
  });

  test("reaching exactly 0 counts as paid back", () => {
    expect(unwrap(payback([-100, 50, 50]))).toBe(2);
    expect(unwrap(payback([0, -5, 5]))).toBe(2);
  });

  test("0 when the cumulative is never below 0", () => {
    expect(unwrap(payback([0, 10, -10, 5]))).toBe(0);
    expect(unwrap(payback([5]))).toBe(0);
  });

  test("#N/A when the stream ends below 0", () => {
    expect(payback([-100, 20, 30])).toEqual({ ok: false, error: { kind: "na", message: expect.stringContaining("does not pay back") } });
    // Pays back undiscounted, but not at 20%: -100 + 60/1.2 + 60/1.44 = -8.33.
    expect(payback([-100, 60, 60], 0.2)).toEqual({ ok: false, error: { kind: "na", message: expect.any(String) } });
  });

  test("discount rate at or below -100% and non-finite flows are num errors", () => {
    expect(payback([-1, 2], -1)).toEqual({ ok: false, error: { kind: "num", message: expect.stringContaining("discountRate") } });
    expect(payback([-1, Infinity])).toEqual({ ok: false, error: { kind: "num", message: expect.stringContaining("cell 2") } });
    expect(payback([])).toEqual({ ok: false, error: { kind: "value", message: expect.any(String) } });
    expect(payback([-1, 1e308, 1e308])).toEqual({ ok: false, error: { kind: "num", message: expect.any(String) } });
  });

  const flows = fc.array(fc.integer({ min: -1e6, max: 1e6 }), { minLength: 1, maxLength: 40 });
  const rate = fc.double({ min: 0, max: 0.5, noNaN: true });

  test("a stream that never goes negative pays back at 0", () => {
    fc.assert(fc.property(fc.array(fc.nat({ max: 1e6 }), { minLength: 1, maxLength: 40 }), rate, (xs, r) => unwrap(payback(xs, r)) === 0));
  });

  test("the payback period lies in the period where the cumulative turns non-negative for good", () => {
    fc.assert(
      fc.property(flows, rate, (xs, r) => {
        const result = payback(xs, r);
        const totals = unwrap(cumulativeCashFlows(xs, r));
        const last = totals.length - 1;
        if ((totals[last] ?? 0) < 0) return !result.ok && result.error.kind === "na";
        const value = unwrap(result);
        if (value === 0) return totals.every((total) => total >= 0);
        const period = Math.ceil(value);
        return totals.slice(period).every((total) => total >= 0) && (totals[period - 1] ?? 0) < 0;
      }),
    );
  });
});

describe("trough", () => {
  test("the lowest cumulative cash flow of a J-curve", () => {
    // -50, -80, 30, 200: cumulative -50, -130, -100, 100; the trough is -130 (in period 1).
    expect(unwrap(trough([-50, -80, 30, 200]))).toBe(-130);
    expect(unwrap(trough([-100, 20, 50, 60]))).toBe(-100);
  });

  test("discounted, by hand: -100, -50, 200 at 25% -> -140", () => {
    // -100 + (-50 / 1.25) = -140; then + 200 / 1.5625 = +128 -> -12.
    expect(unwrap(trough([-100, -50, 200], 0.25))).toBe(-140);
    expect(unwrap(cumulativeCashFlows([-100, -50, 200], 0.25))).toEqual([-100, -140, -12]);
  });

  test("0 when the cumulative never goes below 0", () => {
    fc.assert(fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 30 }), (xs) => unwrap(trough(xs)) === 0));
  });

  test("handles a long stream (200,000 periods) without spreading it into arguments", () => {
    const long = Array.from({ length: 200_000 }, (_, i) => (i < 1000 ? -1 : 1));
    expect(unwrap(trough(long))).toBe(-1000);
  });
});
