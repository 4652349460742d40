import * as exceedance from "../domain/loss-exceedance";
import type { PertRange } from "../domain/pert";
import * as portfolio from "../domain/portfolio-range";
import { andThen, ok } from "../domain/result";
import * as simulation from "../domain/simulation";
import { componentsFromArray, VALUE_COMPONENTS, type ValueComponents } from "../domain/value-equation";
import { numberArg, numbersArg, vectorArg, type CellInput } from "./args";
import { ArgumentError, cell } from "./cell-error";
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

const magnitude = { min: 0, expects: "0 or more (enter costs as positive amounts)" } as const;

/** Contracts one a row of 9 cells in REALISEDVALUE's order (blank cells are 0): PORTFOLIORANGE's low, likely or high. */
function contractRowsArg(value: CellInput, name: string): ValueComponents[] {
  const rows: unknown[] = Array.isArray(value) ? value : [[value]];
  return rows.map((row, r) => {
    const cells: unknown[] = Array.isArray(row) ? row : [row];
    if (cells.length !== VALUE_COMPONENTS.length) {
      throw new ArgumentError("value", `${name} expects 9 columns, one contract a row in REALISEDVALUE's order; it has ${cells.length}.`);
    }
    return componentsFromArray(cells.map((cellValue, c) => numberArg(cellValue, `${name} (row ${r + 1}, column ${c + 1})`, magnitude)));
  });
}

const rowCount = (n: number): string => `${n} ${n === 1 ? "row" : "rows"}`;

/** low, likely and high of a portfolio: the same number of rows in each. */
function contractsArg(low: CellInput, likely: CellInput, high: CellInput): portfolio.ContractRanges[] {
  const lows = contractRowsArg(low, "low");
  const likelies = contractRowsArg(likely, "likely");
  const highs = contractRowsArg(high, "high");
  for (const [rows, name] of [
    [likelies, "likely"],
    [highs, "high"],
  ] as const) {
    if (rows.length !== lows.length) {
      throw new ArgumentError("value", `${name} has ${rowCount(rows.length)} and low has ${rowCount(lows.length)}: give one row per contract in each.`);
    }
  }
  return lows.map((lowRow, i) => ({ low: lowRow, likely: likelies[i] ?? lowRow, high: highs[i] ?? lowRow }));
}

/**
 * Simulated range of the realised AI value of a portfolio: one contract a row. Spills one row: mean, P10, P50, P90 of the portfolio's total and the probability of a loss.
 * @customfunction PORTFOLIORANGE
 * @helpurl https://localhost:3000/help.html#portfoliorange
 * @param low One row per contract, 9 columns in REALISEDVALUE's order (incremental revenue, protected earnings, capacity value, avoided loss, option value, lifecycle cost, friction, risk failures, cannibalisation): the lowest plausible amount of each, 0 or more, costs as positive amounts.
 * @param likely The same rows and columns: the most likely amount of each component of each contract, at least its low.
 * @param high The same rows and columns: the highest plausible amount of each, at least its likely.
 * @param [trials] Number of simulation trials, a whole number from 100 to 1,000,000 (default 10,000); contracts x trials at most 20,000,000.
 * @param [seed] Random seed, a whole number of 0 or more (default 1). The first contract uses VALUERANGE's random numbers, so one row gives VALUERANGE's figures.
 * @returns One row of five: mean, P10, P50 and P90 of the portfolio's realised value in the workbook's currency, and the probability from 0 to 1 that it is below 0.
 */
export function portfolioRange(low: any[][], likely: any[][], high: any[][], trials?: any, seed?: any): number[][] {
  return cell(() =>
    andThen(
      portfolio.portfolioRange(contractsArg(low, likely, high), numberArg(trials, "trials", trialsRule), numberArg(seed, "seed", seedRule)),
      (s) => ok([[s.mean, s.p10, s.p50, s.p90, s.probabilityBelowZero]]),
    ),
  );
}

/**
 * What each value component does to the mean realised value: a tornado. Spills 9 rows of three: the component, the mean with it held at its P10, and at its P90.
 * @customfunction SENSITIVITY
 * @helpurl https://localhost:3000/help.html#sensitivity
 * @param low 9 cells in REALISEDVALUE's order: the lowest plausible amount of each component, 0 or more, costs as positive amounts.
 * @param likely 9 cells in the same order: the most likely amount of each component, at least its low.
 * @param high 9 cells in the same order: the highest plausible amount of each component, at least its likely.
 * @param [trials] Number of simulation trials, a whole number from 100 to 1,000,000 (default 10,000).
 * @param [seed] Random seed, a whole number of 0 or more (default 1). The other components are drawn as VALUERANGE draws them with the same seed.
 * @returns 9 rows in REALISEDVALUE's order: the component's name, the mean realised value with that component at its own P10, and with it at its P90 (workbook's currency).
 */
export function sensitivity(low: any[][], likely: any[][], high: any[][], trials?: any, seed?: any): any[][] {
  return cell(() =>
    andThen(
      portfolio.sensitivity(
        componentsArg(low, "low"),
        componentsArg(likely, "likely"),
        componentsArg(high, "high"),
        numberArg(trials, "trials", trialsRule),
        numberArg(seed, "seed", seedRule),
      ),
      (rows) => ok(rows.map((row) => [row.label, row.atP10, row.atP90])),
    ),
  );
}

/**
 * Loss exceedance: the probability that the loss in a period exceeds each threshold, from min, most likely and max estimates of how often loss events happen and what each costs (as in Open FAIR). Spills one probability per threshold.
 * @customfunction LOSSEXCEEDANCE
 * @helpurl https://localhost:3000/help.html#lossexceedance
 * @param frequency 3 cells: min, most likely and max number of loss events per period (0 or more).
 * @param impact 3 cells: min, most likely and max loss per event, in the workbook's currency (0 or more).
 * @param thresholds Loss amounts per period (0 or more), in a row, a column or a single cell.
 * @param [trials] Number of simulation trials, a whole number from 100 to 1,000,000 (default 10,000).
 * @param [seed] Random seed, a whole number of 0 or more (default 1). AVOIDEDLOSSRANGE's random numbers: the same seed gives curves with and without an intervention on common random numbers.
 * @returns The probability from 0 to 1 that the period's loss is greater than each threshold, in the shape of thresholds (a row or a column).
 */
export function lossExceedance(frequency: any[][], impact: any[][], thresholds: any[][], trials?: any, seed?: any): number[][] {
  return cell(() => {
    const amounts = numbersArg(thresholds, "thresholds", undefined, { min: 0, expects: "0 or more" });
    // A column of thresholds spills a column; a row or a single cell spills a row.
    const asColumn = vectorArg(thresholds, "thresholds").length > 1 && Array.isArray(thresholds) && thresholds.length > 1;
    return andThen(
      exceedance.lossExceedance(
        rangeArg(frequency, "frequency"),
        rangeArg(impact, "impact"),
        amounts,
        numberArg(trials, "trials", trialsRule),
        numberArg(seed, "seed", seedRule),
      ),
      (probabilities) => ok(asColumn ? probabilities.map((p) => [p]) : [[...probabilities]]),
    );
  });
}
