import { fail, ok, type Result } from "./result";

/**
 * The J-curve of an AI investment: cash goes out first (build, change, friction) and comes back
 * later. Cash flows are amounts per period in the workbook's currency, inflows positive; period 0 is
 * today and is not discounted.
 */

/**
 * Cumulative cash flow at the end of each period, each flow discounted to period 0: cashflows[t] is
 * divided by (1 + discountRate)^t. discountRate is a fraction per period (0.08 = 8%), more than -1.
 * A cumulative within the rounding error of its own sum is exactly 0, so that a stream that breaks even
 * exactly pays back (rather than missing by 1e-14 and giving #N/A).
 */
export function cumulativeCashFlows(cashflows: readonly number[], discountRate = 0): Result<number[]> {
  if (!Number.isFinite(discountRate) || discountRate <= -1) {
    return fail("num", `discountRate must be more than -1 (8% = 0.08); it is ${discountRate}.`);
  }
  if (cashflows.length === 0) return fail("value", "cashflows has no cells: give one cash flow per period, period 0 first.");
  const cumulative: number[] = [];
  let total = 0;
  let gross = 0; // sum of |discounted flows|: the scale of the rounding error in total
  for (const [t, amount] of cashflows.entries()) {
    if (!Number.isFinite(amount)) return fail("num", `cashflows (cell ${t + 1}) must be a finite number.`);
    const discounted = t === 0 ? amount : amount / Math.pow(1 + discountRate, t);
    total += discounted;
    gross += Math.abs(discounted);
    if (!Number.isFinite(total) || !Number.isFinite(gross)) {
      return fail("num", "The cumulative cash flow is too large to calculate: check the amounts and discountRate.");
    }
    // Within the rounding error bound of the sum so far, the cumulative is 0: -100 then 110 at 10% breaks
    // even exactly, though 110 / 1.1 is 99.99999999999999 in doubles.
    if (Math.abs(total) <= (t + 2) * Number.EPSILON * gross) total = 0;
    cumulative.push(total);
  }
  return ok(cumulative);
}

/**
 * Payback period, in periods from period 0: when the cumulative (discounted) cash flow turns
 * non-negative for good, i.e. the last crossing from below 0 to 0 or above, interpolated linearly
 * within that period. 0 when the cumulative is never below 0; an "na" error when it ends below 0.
 * Example: -100, 20, 50, 60 has cumulatives -100, -80, -30, 30, so payback = 2 + 30/60 = 2.5.
 */
export function payback(cashflows: readonly number[], discountRate = 0): Result<number> {
  const cumulative = cumulativeCashFlows(cashflows, discountRate);
  if (!cumulative.ok) return cumulative;
  const totals = cumulative.value;
  if ((totals[totals.length - 1] ?? 0) < 0) {
    return fail("na", "The investment does not pay back: the cumulative cash flow is still below 0 at the last period.");
  }
  for (let t = totals.length - 1; t >= 1; t--) {
    const before = totals[t - 1] ?? 0;
    const after = totals[t] ?? 0;
    if (before < 0 && after >= 0) return ok(t - 1 + -before / (after - before));
  }
  return ok(0);
}

/**
 * Depth of the J-curve, in the workbook's currency: the lowest cumulative (discounted) cash flow, a
 * negative amount, or 0 when the cumulative never goes below 0.
 */
export function trough(cashflows: readonly number[], discountRate = 0): Result<number> {
  const cumulative = cumulativeCashFlows(cashflows, discountRate);
  if (!cumulative.ok) return cumulative;
  return ok(cumulative.value.reduce((lowest, total) => Math.min(lowest, total), 0));
}
