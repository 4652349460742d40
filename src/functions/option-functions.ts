import { optionValue as valueOption } from "../domain/option-value";
import { numberArg } from "./args";
import { cell } from "./cell-error";

/**
 * The value today of the option to invest later (Black-Scholes-Merton call): what waiting and deciding with better information is worth.
 * @customfunction OPTIONVALUE
 * @helpurl https://localhost:3000/help.html#optionvalue
 * @param assetValue Present value of what the follow-on investment would create, in the workbook's currency (more than 0).
 * @param investmentCost Cost of making the follow-on investment if and when the option is taken up, in the workbook's currency (more than 0).
 * @param years Years until the decision must be taken (0 or more).
 * @param volatility Annual volatility of the asset value, as a fraction (30% = 0.3; 0 or more).
 * @param riskFreeRate Risk-free interest rate per year, continuously compounded, as a fraction (4% = 0.04).
 * @param [assetYield] Share of the asset value lost per year while waiting, e.g. to competitors, as a fraction (default 0).
 * @returns The option value in the workbook's currency: at least max(assetValue - discounted cost, 0).
 */
export function optionValue(assetValue: any, investmentCost: any, years: any, volatility: any, riskFreeRate: any, assetYield?: any): number {
  return cell(() =>
    valueOption({
      assetValue: numberArg(assetValue, "assetValue", { expects: "in the workbook's currency, more than 0" }),
      investmentCost: numberArg(investmentCost, "investmentCost", { expects: "in the workbook's currency, more than 0" }),
      years: numberArg(years, "years", { expects: "of years, 0 or more" }),
      volatility: numberArg(volatility, "volatility", { expects: "as a fraction (30% = 0.3)" }),
      riskFreeRate: numberArg(riskFreeRate, "riskFreeRate", { expects: "as a fraction (4% = 0.04)" }),
      assetYield: numberArg(assetYield, "assetYield", { expects: "as a fraction (default 0)" }),
    }),
  );
}
