import * as counterfactual from "../domain/counterfactual";
import { numberArg } from "./args";
import { cell } from "./cell-error";

/**
 * Captured capacity value: released hours x value per hour x the share management actually captured.
 * @customfunction CAPTUREDVALUE
 * @helpurl https://localhost:3000/help.html#capturedvalue
 * @param hoursReleased Hours of work the intervention released per period (0 or more).
 * @param valuePerHour Money value of one released hour, e.g. the fully loaded cost of the work, in the workbook's currency (0 or more).
 * @param captureRate Share of the released hours that a capture decision turned into money, from 0 to 1 (60% = 0.6): avoided recruitment, more customers served, people redeployed.
 * @returns Captured value in the workbook's currency; released hours nobody used are worth nothing.
 */
export function capturedValue(hoursReleased: any, valuePerHour: any, captureRate: any): number {
  return cell(() =>
    counterfactual.capturedValue(
      numberArg(hoursReleased, "hoursReleased", { expects: "of hours, 0 or more" }),
      numberArg(valuePerHour, "valuePerHour", { expects: "in the workbook's currency, 0 or more" }),
      numberArg(captureRate, "captureRate", { expects: "from 0 to 1 (60% = 0.6)" }),
    ),
  );
}

/**
 * Expected loss avoided per period: likelihood x impact without the intervention, minus likelihood x impact with it.
 * @customfunction AVOIDEDLOSS
 * @helpurl https://localhost:3000/help.html#avoidedloss
 * @param likelihoodWithout Expected loss events per period without the intervention (a probability when at most one can happen), 0 or more.
 * @param impactWithout Loss per event without the intervention, in the workbook's currency (0 or more).
 * @param likelihoodWith Expected loss events per period with the intervention, 0 or more.
 * @param [impactWith] Loss per event with the intervention (0 or more; default impactWithout, when only the frequency changes).
 * @returns Avoided expected loss in the workbook's currency; negative when the intervention adds exposure.
 */
export function avoidedLoss(likelihoodWithout: any, impactWithout: any, likelihoodWith: any, impactWith?: any): number {
  return cell(() => {
    const without = numberArg(impactWithout, "impactWithout", { expects: "in the workbook's currency, 0 or more" });
    return counterfactual.avoidedLoss(
      numberArg(likelihoodWithout, "likelihoodWithout", { expects: "of events per period, 0 or more" }),
      without,
      numberArg(likelihoodWith, "likelihoodWith", { expects: "of events per period, 0 or more" }),
      numberArg(impactWith, "impactWith", { blank: without, expects: "in the workbook's currency, 0 or more" }),
    );
  });
}
