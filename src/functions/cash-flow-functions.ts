import * as cashFlow from "../domain/cash-flow";
import { numberArg, numbersArg } from "./args";
import { cell } from "./cell-error";

/**
 * Payback period: how many periods until the cumulative (discounted) cash flow turns non-negative for good, interpolated within the period.
 * @customfunction PAYBACK
 * @helpurl https://localhost:3000/help.html#payback
 * @param cashflows Cash flow per period in one row or column, period 0 first (today, not discounted); outflows negative, inflows positive; blank cells count as 0.
 * @param [discountRate] Discount rate per period as a fraction (8% = 0.08; default 0, no discounting); more than -1.
 * @returns Periods from period 0 to payback, e.g. 2.5; 0 if the cumulative never goes below 0; #N/A if it never pays back.
 */
export function payback(cashflows: any[][], discountRate?: any): number {
  return cell(() =>
    cashFlow.payback(numbersArg(cashflows, "cashflows"), numberArg(discountRate, "discountRate", { expects: "as a fraction (8% = 0.08)" })),
  );
}

/**
 * The depth of the J-curve: the lowest cumulative (discounted) cash flow, the most cash at risk before the investment pays back.
 * @customfunction TROUGH
 * @helpurl https://localhost:3000/help.html#trough
 * @param cashflows Cash flow per period in one row or column, period 0 first (today, not discounted); outflows negative, inflows positive; blank cells count as 0.
 * @param [discountRate] Discount rate per period as a fraction (8% = 0.08; default 0, no discounting); more than -1.
 * @returns The lowest cumulative cash flow in the workbook's currency (negative), or 0 if it never goes below 0.
 */
export function trough(cashflows: any[][], discountRate?: any): number {
  return cell(() =>
    cashFlow.trough(numbersArg(cashflows, "cashflows"), numberArg(discountRate, "discountRate", { expects: "as a fraction (8% = 0.08)" })),
  );
}
