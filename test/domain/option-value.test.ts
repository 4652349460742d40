import fc from "fast-check";
import { optionValue, type OptionInputs } from "../../src/domain/option-value";
import { unwrap } from "./unwrap";

const relative = (a: number, b: number): number => Math.abs(a - b) / Math.abs(b);
const option = (S: number, K: number, T: number, sigma: number, r: number, q = 0): OptionInputs => ({
  assetValue: S,
  investmentCost: K,
  years: T,
  volatility: sigma,
  riskFreeRate: r,
  assetYield: q,
});

describe("optionValue: Black-Scholes-Merton call", () => {
  test("Hull, Options, Futures and Other Derivatives, Example 15.6 (13.6 in earlier editions): 4.76", () => {
    // S = 42, K = 40, r = 0.1, sigma = 0.2, T = 0.5. Hull by hand: d1 = (ln(42/40) + (0.1 + 0.2^2/2) x 0.5) / (0.2 sqrt(0.5))
    // = (0.04879 + 0.06) / 0.14142 = 0.7693, d2 = d1 - 0.14142 = 0.6278, c = 42 N(0.7693) - 40 e^-0.05 N(0.6278) = 4.76.
    // Exact value computed independently with mpmath 1.3.0 at 50 significant digits (mpmath.ncdf, exp, log):
    // 4.7594223928715333951.
    const value = unwrap(optionValue(option(42, 40, 0.5, 0.2, 0.1)));
    expect(value.toFixed(2)).toBe("4.76");
    expect(relative(value, 4.7594223928715333951)).toBeLessThan(1e-12);
  });

  // Independent values from the same mpmath formula at 50 digits. The at-the-money case (100, 100, 1 year,
  // 20%, 5%) is the widely quoted 10.4506.
  const references: Array<[string, OptionInputs, number]> = [
    ["at the money", option(100, 100, 1, 0.2, 0.05), 10.450583572185567346],
    ["with a yield", option(100, 100, 1, 0.25, 0.05, 0.03), 10.549284934339421291],
    ["project sized", option(1e6, 1.5e6, 3, 0.4, 0.04, 0.02), 149107.32792591440308],
    ["deep out of the money", option(50, 100, 0.25, 0.3, 0.05), 6.0661648128904835392e-6],
    ["far out of the money: a difference of tiny tail probabilities", option(30, 100, 0.5, 0.2, 0.03), 1.8628716099994936103e-17],
    ["negative rate, yield above it", option(100, 80, 2, 0.35, -0.01, 0.05), 21.610013720111435808],
  ];
  test.each(references)("%s: accurate to 1e-9 relative", (_, inputs, expected) => {
    expect(relative(unwrap(optionValue(inputs)), expected)).toBeLessThan(1e-9);
  });

  test("years 0 or volatility 0: max(S e^-qT - K e^-rT, 0)", () => {
    expect(unwrap(optionValue(option(120, 100, 0, 0.3, 0.05)))).toBe(20);
    expect(unwrap(optionValue(option(80, 100, 0, 0.3, 0.05)))).toBe(0);
    // 100 e^-0.02 - 90 e^-0.05 = 98.01987 - 85.61064 = 12.40922 (T = 1, sigma = 0, q = 0.02, r = 0.05)
    expect(unwrap(optionValue(option(100, 90, 1, 0, 0.05, 0.02)))).toBeCloseTo(100 * Math.exp(-0.02) - 90 * Math.exp(-0.05), 12);
    expect(unwrap(optionValue(option(80, 100, 1, 0, 0.05)))).toBe(0);
    // sigma sqrt(T) below the smallest double is no uncertainty either (found by the properties below)
    expect(unwrap(optionValue(option(120, 100, 5e-324, 5e-324, 0)))).toBe(20);
  });

  test("inputs outside their domain are num errors naming the input", () => {
    const cases: Array<[OptionInputs, string]> = [
      [option(0, 100, 1, 0.2, 0.05), "assetValue"],
      [option(100, -1, 1, 0.2, 0.05), "investmentCost"],
      [option(100, 100, -1, 0.2, 0.05), "years"],
      [option(100, 100, 1, -0.2, 0.05), "volatility"],
      [option(100, 100, 1, 0.2, Number.NaN), "riskFreeRate"],
      [option(100, 100, 1, 0.2, 0.05, Infinity), "assetYield"],
    ];
    for (const [inputs, name] of cases) {
      expect(optionValue(inputs)).toEqual({ ok: false, error: { kind: "num", message: expect.stringContaining(name) } });
    }
  });

  test("overflow is a num error, not Infinity", () => {
    expect(optionValue(option(100, 100, 1e6, 0.2, -1))).toEqual({ ok: false, error: { kind: "num", message: expect.any(String) } });
  });

  const inputs = fc.record({
    assetValue: fc.double({ min: 0.01, max: 1e7, noNaN: true }),
    investmentCost: fc.double({ min: 0.01, max: 1e7, noNaN: true }),
    years: fc.double({ min: 0, max: 30, noNaN: true }),
    volatility: fc.double({ min: 0, max: 3, noNaN: true }),
    riskFreeRate: fc.double({ min: -0.05, max: 0.2, noNaN: true }),
    assetYield: fc.double({ min: 0, max: 0.2, noNaN: true }),
  });

  test("lies between the no-arbitrage bounds max(S e^-qT - K e^-rT, 0) and S e^-qT", () => {
    fc.assert(
      fc.property(inputs, (x) => {
        const value = unwrap(optionValue(x));
        const asset = x.assetValue * Math.exp(-x.assetYield * x.years);
        const intrinsic = Math.max(asset - x.investmentCost * Math.exp(-x.riskFreeRate * x.years), 0);
        return value >= intrinsic && value <= asset;
      }),
    );
  });

  test("more volatility never lowers the value (vega >= 0)", () => {
    fc.assert(
      fc.property(inputs, fc.double({ min: 0, max: 1, noNaN: true }), (x, extra) => {
        const base = unwrap(optionValue(x));
        const more = unwrap(optionValue({ ...x, volatility: x.volatility + extra }));
        return more >= base * (1 - 1e-9);
      }),
    );
  });
});
