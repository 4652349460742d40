import fc from "fast-check";
import { avoidedLoss, capturedValue } from "../../src/domain/counterfactual";
import { unwrap } from "./unwrap";

describe("capturedValue", () => {
  test("worked example: 2,000 hours x 45 per hour x 60% captured = 54,000", () => {
    expect(unwrap(capturedValue(2000, 45, 0.6))).toBe(54000);
  });

  test("no capture decision, no value: capture rate 0 gives 0 however many hours are released", () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 1e9, noNaN: true }), (hours) => unwrap(capturedValue(hours, 80, 0)) === 0));
  });

  test("out-of-domain inputs are num errors naming the input", () => {
    expect(capturedValue(-1, 45, 0.5)).toEqual({ ok: false, error: { kind: "num", message: expect.stringContaining("hoursReleased") } });
    expect(capturedValue(1, -45, 0.5)).toEqual({ ok: false, error: { kind: "num", message: expect.stringContaining("valuePerHour") } });
    expect(capturedValue(1, 45, 1.2)).toEqual({ ok: false, error: { kind: "num", message: expect.stringContaining("captureRate") } });
    expect(capturedValue(1e200, 1e200, 1)).toEqual({ ok: false, error: { kind: "num", message: expect.stringContaining("too large") } });
  });

  test("never more than the full value of the released hours", () => {
    const amount = fc.double({ min: 0, max: 1e6, noNaN: true });
    fc.assert(fc.property(amount, amount, fc.double({ min: 0, max: 1, noNaN: true }), (h, v, c) => unwrap(capturedValue(h, v, c)) <= h * v));
  });
});

describe("avoidedLoss", () => {
  test("worked example: fraud losses 12 a year x 50,000 down to 3 a year x 40,000 = 600,000 - 120,000 = 480,000", () => {
    expect(unwrap(avoidedLoss(12, 50000, 3, 40000))).toBe(480000);
  });

  test("impactWith defaults to impactWithout: 10% x 2m - 4% x 2m = 120,000", () => {
    expect(unwrap(avoidedLoss(0.1, 2e6, 0.04))).toBeCloseTo(120000, 6);
  });

  test("negative when the intervention adds exposure", () => {
    expect(unwrap(avoidedLoss(0.01, 1e6, 0.02))).toBeCloseTo(-10000, 8);
  });

  test("identical sides avoid nothing", () => {
    const magnitude = fc.double({ min: 0, max: 1e9, noNaN: true });
    fc.assert(fc.property(magnitude, magnitude, (l, i) => unwrap(avoidedLoss(l, i, l, i)) === 0));
  });

  test("negative likelihoods or impacts are num errors naming the input", () => {
    expect(avoidedLoss(-0.1, 1, 0)).toEqual({ ok: false, error: { kind: "num", message: expect.stringContaining("likelihoodWithout") } });
    expect(avoidedLoss(0.1, 1, 0, -5)).toEqual({ ok: false, error: { kind: "num", message: expect.stringContaining("impactWith") } });
  });
});
