import { normalCdf } from "./normal";
import { fail, ok, type Result } from "./result";

/**
 * Strategic option value: the right, not the obligation, to invest later. Valued as a European call
 * (Black-Scholes-Merton with a continuous yield), the usual first model of a real option.
 */
export interface OptionInputs {
  /** S: present value of what the investment would create, in the workbook's currency (> 0). */
  readonly assetValue: number;
  /** K: cost of making the investment when the option is exercised, in the workbook's currency (> 0). */
  readonly investmentCost: number;
  /** T: time until the decision must be taken, in years (>= 0). */
  readonly years: number;
  /** sigma: annual volatility of the asset value, a fraction (0.3 = 30%), >= 0. */
  readonly volatility: number;
  /** r: continuously compounded risk-free rate per year, a fraction (0.05 = 5%). */
  readonly riskFreeRate: number;
  /** q: value leaking away per year while waiting (a dividend-like yield), a fraction; 0 if none. */
  readonly assetYield: number;
}

function check(inputs: OptionInputs): Result<OptionInputs> {
  const { assetValue, investmentCost, years, volatility, riskFreeRate, assetYield } = inputs;
  const numbers = { assetValue, investmentCost, years, volatility, riskFreeRate, assetYield };
  for (const [name, value] of Object.entries(numbers)) {
    if (!Number.isFinite(value)) return fail("num", `${name} must be a finite number.`);
  }
  if (assetValue <= 0) return fail("num", `assetValue must be more than 0; it is ${assetValue}.`);
  if (investmentCost <= 0) return fail("num", `investmentCost must be more than 0; it is ${investmentCost}.`);
  if (years < 0) return fail("num", `years must be 0 or more; it is ${years}.`);
  if (volatility < 0) return fail("num", `volatility must be 0 or more (30% = 0.3); it is ${volatility}.`);
  return ok(inputs);
}

/**
 * Value of the option to invest later, in the workbook's currency: S e^(-qT) N(d1) - K e^(-rT) N(d2),
 * d1 = (ln(S/K) + (r - q + sigma^2/2) T) / (sigma sqrt(T)), d2 = d1 - sigma sqrt(T). With T = 0 or
 * sigma = 0 the future is certain and the value is max(S e^(-qT) - K e^(-rT), 0). Relative accuracy
 * about 1e-12 in ordinary cases (normalCdf is accurate to ~1e-16). The result is kept within the exact
 * no-arbitrage bounds max(S e^(-qT) - K e^(-rT), 0) <= value <= S e^(-qT), which rounding could cross.
 */
export function optionValue(inputs: OptionInputs): Result<number> {
  const checked = check(inputs);
  if (!checked.ok) return checked;
  const { assetValue, investmentCost, years, volatility, riskFreeRate, assetYield } = inputs;
  const asset = assetValue * Math.exp(-assetYield * years);
  const cost = investmentCost * Math.exp(-riskFreeRate * years);
  const intrinsic = Math.max(asset - cost, 0);
  const spread = volatility * Math.sqrt(years);
  let value: number;
  if (spread === 0) {
    value = intrinsic; // years 0 or volatility 0 (or their product below the smallest double): no uncertainty
  } else if (!Number.isFinite(spread)) {
    value = asset; // unbounded uncertainty: the option is worth the whole (yield-reduced) asset
  } else {
    const ratio = assetValue / investmentCost; // may overflow or underflow for extreme inputs: then use logs
    const logRatio = ratio > 0 && Number.isFinite(ratio) ? Math.log(ratio) : Math.log(assetValue) - Math.log(investmentCost);
    const d1 = (logRatio + (riskFreeRate - assetYield) * years) / spread + spread / 2;
    const d2 = d1 - spread;
    value = Math.min(asset, Math.max(intrinsic, asset * normalCdf(d1) - cost * normalCdf(d2)));
  }
  if (!Number.isFinite(value)) {
    return fail("num", "The option value is too large to calculate: check years and the rates.");
  }
  return ok(value);
}
