import * as equation from "../domain/value-equation";
import { numberArg, numbersArg, type CellInput } from "./args";
import { cell } from "./cell-error";

const magnitude = { min: 0, expects: "0 or more (enter costs as positive amounts)" } as const;

/**
 * Realised AI value: the five benefits minus the four costs. Enter every amount as a positive number; the costs are subtracted.
 * @customfunction REALISEDVALUE
 * @helpurl https://localhost:3000/help.html#realisedvalue
 * @param incrementalRevenue Revenue that would not exist without the intervention, in the workbook's currency (0 or more).
 * @param [protectedEarnings] Earnings kept that would otherwise have been lost (0 or more; default 0).
 * @param [capacityValue] Money value of released capacity that management actually captured (0 or more; default 0).
 * @param [avoidedLoss] Expected loss and exposure avoided against the counterfactual (0 or more; default 0).
 * @param [optionValue] Value of strategic options created (0 or more; default 0).
 * @param [lifecycleCost] Full lifecycle cost: technology, data, integration, change, governance, workforce transition, quality control and operation (0 or more; default 0).
 * @param [friction] Transition and organisational friction (0 or more; default 0).
 * @param [riskFailures] Cost of quality, trust and risk failures (0 or more; default 0).
 * @param [cannibalisation] Cannibalisation and second-order effects (0 or more; default 0).
 * @returns Realised AI value in the workbook's currency; negative when costs exceed benefits.
 */
export function realisedValue(
  incrementalRevenue: any,
  protectedEarnings?: any,
  capacityValue?: any,
  avoidedLoss?: any,
  optionValue?: any,
  lifecycleCost?: any,
  friction?: any,
  riskFailures?: any,
  cannibalisation?: any,
): number {
  return cell(() =>
    equation.realisedValue({
      incrementalRevenue: numberArg(incrementalRevenue, "incrementalRevenue", magnitude),
      protectedEarnings: numberArg(protectedEarnings, "protectedEarnings", magnitude),
      capacityValue: numberArg(capacityValue, "capacityValue", magnitude),
      avoidedLoss: numberArg(avoidedLoss, "avoidedLoss", magnitude),
      optionValue: numberArg(optionValue, "optionValue", magnitude),
      lifecycleCost: numberArg(lifecycleCost, "lifecycleCost", magnitude),
      friction: numberArg(friction, "friction", magnitude),
      riskFailures: numberArg(riskFailures, "riskFailures", magnitude),
      cannibalisation: numberArg(cannibalisation, "cannibalisation", magnitude),
    }),
  );
}

/** The nine value components of a 9-cell range, in REALISEDVALUE's order; blank cells are 0. */
export function componentsArg(value: CellInput, name: string): equation.ValueComponents {
  return equation.componentsFromArray(numbersArg(value, name, equation.VALUE_COMPONENTS.length, magnitude));
}

/**
 * The value bridge for a waterfall chart: each component with its sign, then the realised value. Spills 10 rows x 2 columns.
 * @customfunction VALUEBRIDGE
 * @helpurl https://localhost:3000/help.html#valuebridge
 * @param components 9 cells in REALISEDVALUE's order: incremental revenue, protected earnings, capacity value, avoided loss, option value, lifecycle cost, friction, risk failures, cannibalisation (all 0 or more).
 * @returns Rows of label and signed amount: benefits positive, costs negative, then "Realised AI value".
 */
export function valueBridge(components: any[][]): any[][] {
  return cell(() => equation.valueBridge(componentsArg(components, "components")));
}
