import { EVIDENCE_LEVELS, type Decision, type EvidenceLevel } from "./lists";
import { DEFAULT_PAUSE_LOSS_PROBABILITY } from "./settings";

/**
 * A suggested review decision: the contract's scale and stop thresholds (Expand at value, Stop below
 * value, both amounts a year, as every amount of the contract is: see sample-contracts.ts) phased to
 * the time elapsed and read against what the review found (realised to date, the plan to date,
 * forecast, evidence level). It is advice with its reason; the reviewer decides. When the figures
 * contradict each other it suggests no decision and says what to resolve. Amounts are in the
 * workbook's currency, favourable positive.
 */

/** The evidence a decision to expand or terminate should rest on: enterprise economics measured to change. */
export const EVIDENCE_TO_ACT = "Financial" satisfies EvidenceLevel;

export interface SuggestionInput {
  /** Realised value to date found by the review, net of costs; null when not entered. */
  readonly realisedToDate: number | null;
  /** Net plan for the periods elapsed (the ledger's plan to date); null when unknown. */
  readonly planToDate: number | null;
  /** Forecast value found by the review; null when not entered. */
  readonly forecastValue: number | null;
  /** The evidence level the review observed. */
  readonly evidenceLevel: EvidenceLevel;
  /** The contract's Expand at value, an amount a year: realised value at or above it, phased, argues for scaling up. */
  readonly expandAtValue: number | null;
  /** The contract's Stop below value, an amount a year: realised value under it, phased, argues for stopping. */
  readonly stopBelowValue: number | null;
  /** Months elapsed (of ledger history), 0 or more; null when unknown, and the thresholds are then read whole. */
  readonly elapsedMonths: number | null;
  /**
   * The simulated probability (a fraction) that the contract's value a year is below 0, from its ranges
   * (portfolio-simulation.ts); absent or null when it has none or the simulation has not run.
   */
  readonly lossProbability?: number | null;
  /** The workbook's Pause loss probability (a fraction, default 0.5): a loss more likely than this argues for pausing. */
  readonly pauseLossProbability?: number;
}

/** The rules that suggest a decision; the reason says it in words. */
export type DecidingRule =
  | "likely-loss-weak-evidence"
  | "no-thresholds"
  | "thresholds-contradict"
  | "no-realised-value"
  | "no-time-elapsed"
  | "below-stop-forecast-recovers"
  | "below-stop-evidenced"
  | "below-stop-weak-evidence"
  | "forecast-negative"
  | "forecast-below-stop"
  | "at-expand-evidenced"
  | "between-thresholds";

/** The rules that find the review's figures contradicting each other: no decision until they are resolved. */
export type ContradictionRule = "value-without-evidence";

/** Which rule produced the suggestion, for tests and for styling. */
export type SuggestionRule = DecidingRule | ContradictionRule;

/**
 * A decision with the rule and reason behind it, or (decision null) a contradiction for the reviewer
 * to resolve before any decision can be suggested. The reason is one to three sentences with the
 * amounts that decided it.
 */
export type DecisionSuggestion =
  | { readonly decision: Decision; readonly rule: DecidingRule; readonly reason: string }
  | { readonly decision: null; readonly rule: ContradictionRule; readonly reason: string };

const rank = (level: EvidenceLevel): number => EVIDENCE_LEVELS.indexOf(level);

/** A contract's annual threshold phased to the months elapsed: annual x months / 12. */
export const phasedThreshold = (annual: number, elapsedMonths: number): number => (annual * elapsedMonths) / 12;

/**
 * Suggests Continue, Expand, Redesign, Pause or Terminate, or finds a contradiction (decision null).
 * The thresholds are amounts a year, phased to the months elapsed (annual x elapsedMonths / 12; read
 * whole, and the reason says so, when elapsedMonths is null). Rules, first match wins:
 * 0. the simulated probability of a loss above the Pause loss probability while the evidence is below
 *    Financial -> Pause (the ranges say a loss is likely, and nothing measured says otherwise);
 * 1. neither threshold set -> Continue;
 * 2. Expand at value below Stop below value -> Continue, correct the contract;
 * 3. no realised value to date -> Continue;
 * 4. 0 months elapsed -> Continue (the thresholds phase to nothing);
 * 5. realised below the phased stop -> Redesign if the forecast reaches the phased stop, else
 *    Terminate with Financial or Strategic evidence, else Pause to gather it;
 * 6. forecast below 0 -> Redesign (so no Expand on a forecast loss, however much is realised);
 * 7. forecast below the phased stop -> Redesign;
 * 8. realised at or above the phased expand -> Expand with Financial or Strategic evidence, else a
 *    contradiction (value claimed as realised without the evidence to call it realised): record that
 *    evidence or correct the realised figure;
 * 9. otherwise Continue.
 * Where realised is known the reason also compares it with the plan to date (x% of it when the plan
 * is positive). `formatAmount` writes amounts for the reason.
 * @throws RangeError when elapsedMonths is negative or not finite: a caller's bug, not a review's finding.
 */
export function suggestDecision(input: SuggestionInput, formatAmount: (amount: number) => string = String): DecisionSuggestion {
  const { realisedToDate: realised, planToDate: plan, forecastValue: forecast, evidenceLevel, expandAtValue: expandAt, stopBelowValue: stopBelow, elapsedMonths: months } = input;
  if (months !== null && !(Number.isFinite(months) && months >= 0)) throw new RangeError(`elapsedMonths must be 0 or more, not ${months}.`);
  const fmt = formatAmount;
  const evidenced = rank(evidenceLevel) >= rank(EVIDENCE_TO_ACT);
  const evidence = `evidence is ${evidenceLevel === "None" ? "absent" : `at ${evidenceLevel} level`}`;
  const planNote = realised === null ? "" : ` ${comparedWithPlan(realised, plan, fmt)}`;
  const decide = (decision: Decision, rule: DecidingRule, reason: string): DecisionSuggestion => ({ decision, rule, reason: reason + planNote });

  const lossProbability = input.lossProbability ?? null;
  const pauseAt = input.pauseLossProbability ?? DEFAULT_PAUSE_LOSS_PROBABILITY;
  if (lossProbability !== null && lossProbability > pauseAt && !evidenced) {
    return decide(
      "Pause",
      "likely-loss-weak-evidence",
      `The contract's ranges give a ${percent(lossProbability)} chance that its value a year is negative, above the workbook's pause level of ${percent(pauseAt)}, and ${evidence}: ` +
        `pause and gather ${EVIDENCE_TO_ACT} evidence, or narrow the ranges, before spending more.`,
    );
  }
  if (expandAt === null && stopBelow === null) {
    return decide("Continue", "no-thresholds", "The contract sets neither an Expand at value nor a Stop below value, so there is nothing to steer by. Add them to the contract.");
  }
  if (expandAt !== null && stopBelow !== null && expandAt < stopBelow) {
    return decide(
      "Continue",
      "thresholds-contradict",
      `The contract's Expand at value (${fmt(expandAt)} a year) is below its Stop below value (${fmt(stopBelow)} a year), so the thresholds contradict each other. Correct the contract.`,
    );
  }
  if (realised === null) {
    return decide("Continue", "no-realised-value", "No realised value to date is entered, so the review cannot be compared with the thresholds.");
  }
  if (months === 0) {
    return decide("Continue", "no-time-elapsed", `No time has elapsed yet (0 months), so the thresholds phase to nothing and the value to date (${fmt(realised)}) cannot be read against them.`);
  }

  const phase = (annual: number): number => (months === null ? annual : phasedThreshold(annual, months));
  const expandPhased = expandAt === null ? null : phase(expandAt);
  const stopPhased = stopBelow === null ? null : phase(stopBelow);
  const threshold = (name: string, annual: number | null): string =>
    annual === null ? ""
    : months === null ? `the ${name} (${fmt(annual)} a year)`
    : `the ${name} phased to ${months} month${months === 1 ? "" : "s"} (${fmt(phase(annual))} of ${fmt(annual)} a year)`;
  const stopText = threshold("Stop below value", stopBelow);
  const expandText = threshold("Expand at value", expandAt);
  const wholeNote = months === null ? " No elapsed time is known, so the annual thresholds are compared with the value to date as they stand." : "";
  const read = (decision: Decision, rule: DecidingRule, reason: string): DecisionSuggestion => decide(decision, rule, reason + wholeNote);
  const found = `Realised value to date (${fmt(realised)})`;

  if (stopPhased !== null && realised < stopPhased) {
    const below = `${found} is below ${stopText}`;
    if (forecast !== null && forecast >= stopPhased) {
      return read("Redesign", "below-stop-forecast-recovers", `${below}, but the forecast (${fmt(forecast)}) reaches it: change the design rather than stop.`);
    }
    if (evidenced) return read("Terminate", "below-stop-evidenced", `${below} and ${evidence}, so the shortfall is measured, not guessed.`);
    return read("Pause", "below-stop-weak-evidence", `${below}, but ${evidence}: pause and gather ${EVIDENCE_TO_ACT} evidence before deciding to terminate.`);
  }
  if (forecast !== null && forecast < 0) {
    return read("Redesign", "forecast-negative", `The forecast (${fmt(forecast)}) is a loss, so whatever is realised to date (${fmt(realised)}) this is no time to expand: redesign it so that it can pay.`);
  }
  if (forecast !== null && stopPhased !== null && forecast < stopPhased) {
    return read("Redesign", "forecast-below-stop", `${found} is at or above ${stopText}, but the forecast (${fmt(forecast)}) falls below it.`);
  }
  if (expandPhased !== null && realised >= expandPhased) {
    const reached = `${found} has reached ${expandText}`;
    if (evidenced) return read("Expand", "at-expand-evidenced", `${reached} and ${evidence}.`);
    return {
      decision: null,
      rule: "value-without-evidence",
      reason:
        `${reached}, but ${evidence}: that is value claimed as realised without the evidence to call it realised. ` +
        `Either record the ${EVIDENCE_TO_ACT} evidence that shows it, or correct the realised figure.${wholeNote}${planNote}`,
    };
  }
  const range = [stopPhased === null ? null : `at or above ${stopText}`, expandPhased === null ? null : `below ${expandText}`].filter((part) => part !== null).join(" and ");
  return read("Continue", "between-thresholds", `${found} is ${range}.`);
}

/** A probability as a whole percentage ("62%"); under 1% or over 99% keeps one decimal so it never reads 0% or 100% wrongly. */
function percent(probability: number): string {
  const shown = probability * 100;
  const digits = shown > 0 && shown < 1 ? 1 : shown > 99 && shown < 100 ? 1 : 0;
  return `${shown.toFixed(digits)}%`;
}

/** Realised to date against the plan to date, in one sentence: a percentage while the plan is positive. */
function comparedWithPlan(realised: number, plan: number | null, fmt: (amount: number) => string): string {
  if (plan === null) return "No plan to date is known to compare it with.";
  if (plan > 0) return `That is ${Math.round((100 * realised) / plan)}% of the plan to date (${fmt(plan)}).`;
  const gap = realised - plan;
  return `The plan to date is ${fmt(plan)}, so realised value is ${fmt(Math.abs(gap))} ${gap >= 0 ? "ahead of" : "behind"} it.`;
}
