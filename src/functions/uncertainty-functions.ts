import type { PertRange } from "../domain/pert";
import { andThen, ok } from "../domain/result";
import * as simulation from "../domain/simulation";
import { numberArg, numbersArg, type CellInput } from "./args";
import { cell } from "./cell-error";
import { componentsArg } from "./value-functions";

const trialsRule = {
  blank: simulation.TRIALS.default,
  min: simulation.TRIALS.min,
  max: simulation.TRIALS.max,
  whole: true,
  expects: "from 100 to 1,000,000 (whole)",
} as const;
const seedRule = { blank: simulation.DEFAULT_SEED, min: 0, whole: true } as const;

/** Min, most likely and max of an uncertain amount: 3 cells in a row or column, each 0 or more. */
function rangeArg(value: CellInput, name: string): PertRange {
  const [min = 0, likely = 0, max = 0] = numbersArg(value, name, 3, { min: 0, expects: "0 or more" });
  return { min, likely, max };
}

/**
 * Simulated range of realised AI value from low, likely and high estimates of each component. Spills one row: mean, P10, P50, P90 and the probability of a loss.
 * @customfunction VALUERANGE
 * @helpurl https://localhost:3000/help.html#valuerange
 * @param low 9 cells in REALISEDVALUE's order (incremental revenue, protected earnings, capacity value, avoided loss, option value, lifecycle cost, friction, risk failures, cannibalisation): the lowest plausible amount of each, 0 or more, costs as positive amounts.
 * @param likely 9 cells in the same order: the most likely amount of each component, at least its low. Each component is drawn from a PERT distribution that peaks here.
 * @param high 9 cells in the same order: the highest plausible amount of each component, at least its likely. Equal low, likely and high make a component certain.
 * @param [trials] Number of simulation trials, a whole number from 100 to 1,000,000 (default 10,000). More trials give steadier figures and take longer.
 * @param [seed] Random seed, a whole number of 0 or more (default 1). The same inputs and seed always give the same figures (SIPmath HDR random numbers), so an auditor can reproduce them.
 * @returns One row of five: mean, P10, P50 and P90 of realised value in the workbook's currency (10% of trials fall below P10), and the probability from 0 to 1 that realised value is below 0.
 */
export function valueRange(low: any[][], likely: any[][], high: any[][], trials?: any, seed?: any): number[][] {
  return cell(() =>
    andThen(
      simulation.valueRange(
        componentsArg(low, "low"),
        componentsArg(likely, "likely"),
        componentsArg(high, "high"),
        numberArg(trials, "trials", trialsRule),
        numberArg(seed, "seed", seedRule),
      ),
      (s) => ok([[s.mean, s.p10, s.p50, s.p90, s.probabilityBelowZero]]),
    ),
  );
}

/**
 * Simulated range of the expected loss avoided per period, from min, most likely and max estimates of how often loss events happen and what each costs, without and with the intervention (as in Open FAIR). Spills one row: mean, P10, P50, P90.
 * @customfunction AVOIDEDLOSSRANGE
 * @helpurl https://localhost:3000/help.html#avoidedlossrange
 * @param frequencyWithout 3 cells: min, most likely and max number of loss events per period without the intervention (0 or more; a probability when at most one event can happen).
 * @param impactWithout 3 cells: min, most likely and max loss per event without the intervention, in the workbook's currency (0 or more).
 * @param frequencyWith 3 cells: min, most likely and max number of loss events per period with the intervention (0 or more).
 * @param [impactWith] 3 cells: min, most likely and max loss per event with the intervention (0 or more; default impactWithout, when only the frequency changes).
 * @param [trials] Number of simulation trials, a whole number from 100 to 1,000,000 (default 10,000). More trials give steadier figures and take longer.
 * @param [seed] Random seed, a whole number of 0 or more (default 1). Both sides share the same random numbers, so identical ranges with and without give exactly 0.
 * @returns One row of four: mean, P10, P50 and P90 of avoided loss per period in the workbook's currency (10% of trials fall below P10); negative where the intervention adds exposure.
 */
export function avoidedLossRange(
  frequencyWithout: any[][],
  impactWithout: any[][],
  frequencyWith: any[][],
  impactWith?: any[][],
  trials?: any,
  seed?: any,
): number[][] {
  return cell(() =>
    andThen(
      simulation.avoidedLossRange(
        rangeArg(frequencyWithout, "frequencyWithout"),
        rangeArg(impactWithout, "impactWithout"),
        rangeArg(frequencyWith, "frequencyWith"),
        impactWith === null || impactWith === undefined ? null : rangeArg(impactWith, "impactWith"),
        numberArg(trials, "trials", trialsRule),
        numberArg(seed, "seed", seedRule),
      ),
      (s) => ok([[s.mean, s.p10, s.p50, s.p90]]),
    ),
  );
}
