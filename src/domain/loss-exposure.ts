import { z } from "zod";
import { ContractId } from "./contract";
import { addPertDraws } from "./draws";
import type { HdrKey } from "./hdr";
import { shareAbove } from "./loss-exceedance";
import { idKey } from "./lists";
import type { PertRange } from "./pert";
import { recordObject, type Field } from "./field-model";
import { DEFAULT_SEED, TRIALS } from "./simulation";
import { fnv1a32 } from "./portfolio-simulation";

/**
 * The loss an avoided-loss contract works on, with and without the intervention, as Open FAIR models it:
 * annual loss = loss events a year x loss per event, each uncertain (min, most likely, max as PERT with
 * lambda 4). One row of the LossExposure table per contract. From it the pane and the report draw loss
 * exceedance curves (the probability that a year's loss exceeds each amount) with and without, and the
 * avoided loss the model implies, to set beside the contract's Avoided loss plan.
 *
 * Streams, a public interface like the portfolio simulation's: entity = the seed, seed3 = 1 (so they
 * never meet a value line's stream, which has seed3 = 0), seed4 = 0, varId = 16 x FNV-1a-32(the Contract
 * ID as IDs compare) + 1 for the frequency and + 2 for the impact; trial i is counter i. With and without
 * share the two streams (common random numbers, as AVOIDEDLOSSRANGE), so equal sides give equal losses.
 */

const FREQUENCY = "Loss events a year, 0 or more (0.2 is one every five years).";
const IMPACT = "Loss per event in the workbook's currency, 0 or more.";
const triple = <const P extends string, const H extends string>(prefix: P, header: H, hint: string) =>
  [
    { key: `${prefix}Low`, header: `${header} low`, kind: "number", form: { hint: `The lowest plausible value. ${hint}` } },
    { key: `${prefix}Likely`, header: `${header} likely`, kind: "number", form: { hint: `The most likely value. ${hint}` } },
    { key: `${prefix}High`, header: `${header} high`, kind: "number", form: { hint: `The highest plausible value. ${hint}` } },
  ] as const;

/** The columns of LossExposure, in order: a public interface (README.md, "Workbook tables"). */
export const LOSS_EXPOSURE_FIELDS = [
  { key: "contractId", header: "Contract ID", kind: "text", required: "always", maxLength: 40 },
  ...triple("frequencyWithout", "Frequency without", FREQUENCY),
  ...triple("impactWithout", "Impact without", IMPACT),
  ...triple("frequencyWith", "Frequency with", FREQUENCY),
  ...triple("impactWith", "Impact with", `${IMPACT} Leave all three blank when the intervention changes only how often losses happen.`),
  { key: "basis", header: "Basis", kind: "text", form: { hint: "Where the figures come from: incident history, industry data, a workshop's estimates." } },
  { key: "updated", header: "Updated", kind: "date-time" },
] as const satisfies readonly Field[];

type Side = "frequencyWithout" | "impactWithout" | "frequencyWith" | "impactWith";
const SIDES: readonly Side[] = ["frequencyWithout", "impactWithout", "frequencyWith", "impactWith"];
const ENDS = ["Low", "Likely", "High"] as const;

const headerOfKey = (key: string): string => LOSS_EXPOSURE_FIELDS.find((field) => field.key === key)?.header ?? key;

/** One row of LossExposure: the three ranges required and ordered, the impact with the intervention all blank or all set. */
export const LossExposure = recordObject(LOSS_EXPOSURE_FIELDS)
  .extend({ contractId: ContractId })
  .superRefine((row, context) => {
    const record = row as unknown as Record<string, number | null>;
    for (const side of SIDES) {
      const keys = ENDS.map((end) => `${side}${end}`);
      const values = keys.map((key) => record[key] ?? null);
      if (side === "impactWith" && values.every((value) => value === null)) continue;
      const problem = (i: number, message: string) => context.addIssue({ code: "custom", path: [keys[i] ?? side], message });
      values.forEach((value, i) => {
        const header = headerOfKey(keys[i] ?? side);
        if (value === null) problem(i, `${header} is required${side === "impactWith" ? " when any impact with the intervention is given" : ""}.`);
        else if (value < 0) problem(i, `${header} must be 0 or more.`);
      });
      for (let i = 1; i < 3; i++) {
        const [before, here] = [values[i - 1] ?? null, values[i] ?? null];
        if (before !== null && here !== null && before > here) problem(i, `${headerOfKey(keys[i] ?? side)} (${here}) is below ${headerOfKey(keys[i - 1] ?? side)} (${before}).`);
      }
    }
  });
export type LossExposure = z.infer<typeof LossExposure>;

/** A row's four ranges: frequency (events a year) and impact (currency per event), without and with; impact with defaults to without. */
export function lossRanges(row: LossExposure): { readonly frequencyWithout: PertRange; readonly impactWithout: PertRange; readonly frequencyWith: PertRange; readonly impactWith: PertRange } {
  const range = (side: Side): PertRange | null => {
    const record = row as unknown as Record<string, number | null>;
    const [min = null, likely = null, max = null] = ENDS.map((end) => record[`${side}${end}`] ?? null);
    return min === null || likely === null || max === null ? null : { min, likely, max };
  };
  const impactWithout = range("impactWithout") ?? { min: 0, likely: 0, max: 0 };
  return {
    frequencyWithout: range("frequencyWithout") ?? { min: 0, likely: 0, max: 0 },
    impactWithout,
    frequencyWith: range("frequencyWith") ?? { min: 0, likely: 0, max: 0 },
    impactWith: range("impactWith") ?? impactWithout,
  };
}

/** A loss exceedance curve: at each threshold (currency a year, ascending), the probability (0 to 1) that a year's loss exceeds it. */
export interface ExceedanceCurve {
  readonly thresholds: readonly number[];
  readonly without: readonly number[];
  readonly with: readonly number[];
  /** Mean annual loss without and with (currency a year): their difference is the avoided loss the model implies. */
  readonly meanWithout: number;
  readonly meanWith: number;
}

/**
 * Each trial's annual loss without and with the intervention for one contract's row, added to the running totals:
 * each factor drawn by addPertDraws (the simulation's one draw loop) into zeros, with and without from the same two
 * streams (common random numbers).
 */
function addLosses(row: LossExposure, without: Float64Array, withIt: Float64Array, seed: number): void {
  const ranges = lossRanges(row);
  const base = 16 * fnv1a32(idKey(row.contractId));
  const frequencyKey = { entity: seed, varId: base + 1, seed3: 1, seed4: 0 };
  const impactKey = { entity: seed, varId: base + 2, seed3: 1, seed4: 0 };
  const draw = (range: PertRange, key: HdrKey): Float64Array => {
    const draws = new Float64Array(without.length);
    addPertDraws(draws, range, 1, key);
    return draws;
  };
  const [fWithout, iWithout, fWith, iWith] = [
    draw(ranges.frequencyWithout, frequencyKey),
    draw(ranges.impactWithout, impactKey),
    draw(ranges.frequencyWith, frequencyKey),
    draw(ranges.impactWith, impactKey),
  ];
  for (let i = 0; i < without.length; i++) {
    without[i] = (without[i] ?? 0) + (fWithout[i] ?? 0) * (iWithout[i] ?? 0);
    withIt[i] = (withIt[i] ?? 0) + (fWith[i] ?? 0) * (iWith[i] ?? 0);
  }
}

const meanOf = (values: Float64Array): number => values.reduce((sum, value) => sum + value, 0) / values.length;

/**
 * The loss exceedance curves of one or more contracts' exposures summed (a portfolio's, or one contract's):
 * `points` thresholds evenly from 0 to the largest loss (or the `thresholds` given, ascending), each with the
 * probability that the year's total loss exceeds it, without and with. Rows must have passed the LossExposure schema.
 */
export function lossExceedanceCurve(
  rows: readonly LossExposure[],
  options: { readonly trials?: number; readonly seed?: number; readonly points?: number; readonly thresholds?: readonly number[] } = {},
): ExceedanceCurve {
  const trials = options.trials ?? TRIALS.default;
  const seed = options.seed ?? DEFAULT_SEED;
  const points = options.points ?? 41;
  const without = new Float64Array(trials);
  const withIt = new Float64Array(trials);
  for (const row of rows) addLosses(row, without, withIt, seed);
  const meanWithout = meanOf(without);
  const meanWith = meanOf(withIt);
  without.sort();
  withIt.sort();
  const top = Math.max(without[trials - 1] ?? 0, withIt[trials - 1] ?? 0);
  const thresholds = options.thresholds ?? Array.from({ length: points }, (_, k) => (k === points - 1 ? top : (top * k) / (points - 1)));
  return { thresholds, without: shareAbove(without, thresholds), with: shareAbove(withIt, thresholds), meanWithout, meanWith };
}

/** A contract's loss exposure as the pane sends it: the store adds the Contract ID and Updated, then checks it as a LossExposure. */
export type LossInput = Omit<LossExposure, "contractId" | "updated">;
