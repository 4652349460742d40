import { EVIDENCE_LEVELS, type Decision, type EvidenceLevel } from "./lists";

/**
 * A suggested review decision: the contract's scale and stop thresholds (Expand at value, Stop below
 * value) read against what the review found (realised to date, forecast, evidence level). It is advice
 * with its reason; the reviewer decides. Amounts are in the workbook's currency.
 */

/** The evidence a decision to expand or terminate should rest on: enterprise economics measured to change. */
export const EVIDENCE_TO_ACT = "Financial" satisfies EvidenceLevel;

export interface SuggestionInput {
  /** Realised value to date found by the review; null when not entered. */
  readonly realisedToDate: number | null;
  /** Forecast value found by the review; null when not entered. */
  readonly forecastValue: number | null;
  /** The evidence level the review observed. */
  readonly evidenceLevel: EvidenceLevel;
  /** The contract's Expand at value: realised value at or above it argues for scaling up. */
  readonly expandAtValue: number | null;
  /** The contract's Stop below value: realised value under it argues for stopping. */
  readonly stopBelowValue: number | null;
}

/** Which rule produced the suggestion, for tests and for styling; the reason says it in words. */
export type SuggestionRule =
  | "no-thresholds"
  | "thresholds-contradict"
  | "no-realised-value"
  | "below-stop-forecast-recovers"
  | "below-stop-evidenced"
  | "below-stop-weak-evidence"
  | "at-expand-evidenced"
  | "at-expand-weak-evidence"
  | "forecast-below-stop"
  | "between-thresholds";

export interface DecisionSuggestion {
  readonly decision: Decision;
  readonly rule: SuggestionRule;
  /** One or two sentences for the reviewer, with the amounts that decided it. */
  readonly reason: string;
}

const rank = (level: EvidenceLevel): number => EVIDENCE_LEVELS.indexOf(level);

/**
 * Suggests Continue, Expand, Redesign, Pause or Terminate. Rules, first match wins:
 * no thresholds or no realised value -> Continue; realised below Stop below -> Redesign if the forecast
 * gets back to the stop value, else Terminate with Financial evidence or better, else Pause to gather
 * it; realised at or above Expand at -> Expand with Financial evidence or better, else Continue;
 * forecast below Stop below -> Redesign; otherwise Continue. `formatAmount` writes amounts for the reason.
 */
export function suggestDecision(input: SuggestionInput, formatAmount: (amount: number) => string = String): DecisionSuggestion {
  const { realisedToDate: realised, forecastValue: forecast, evidenceLevel, expandAtValue: expandAt, stopBelowValue: stopBelow } = input;
  const evidenced = rank(evidenceLevel) >= rank(EVIDENCE_TO_ACT);
  const evidence = `evidence is ${evidenceLevel === "None" ? "absent" : `at ${evidenceLevel} level`}`;
  const suggest = (decision: Decision, rule: SuggestionRule, reason: string): DecisionSuggestion => ({ decision, rule, reason });

  if (expandAt === null && stopBelow === null) {
    return suggest("Continue", "no-thresholds", "The contract sets neither an Expand at value nor a Stop below value, so there is nothing to steer by. Add them to the contract.");
  }
  if (expandAt !== null && stopBelow !== null && expandAt < stopBelow) {
    return suggest(
      "Continue",
      "thresholds-contradict",
      `The contract's Expand at value (${formatAmount(expandAt)}) is below its Stop below value (${formatAmount(stopBelow)}), so the thresholds contradict each other. Correct the contract.`,
    );
  }
  if (realised === null) {
    return suggest("Continue", "no-realised-value", "No realised value to date is entered, so the review cannot be compared with the thresholds.");
  }
  const found = `Realised value to date (${formatAmount(realised)})`;
  if (stopBelow !== null && realised < stopBelow) {
    const below = `${found} is below the Stop below value (${formatAmount(stopBelow)})`;
    if (forecast !== null && forecast >= stopBelow) {
      return suggest("Redesign", "below-stop-forecast-recovers", `${below}, but the forecast (${formatAmount(forecast)}) reaches it: change the design rather than stop.`);
    }
    if (evidenced) return suggest("Terminate", "below-stop-evidenced", `${below} and ${evidence}, so the shortfall is measured, not guessed.`);
    return suggest("Pause", "below-stop-weak-evidence", `${below}, but ${evidence}: pause and gather ${EVIDENCE_TO_ACT} evidence before deciding to terminate.`);
  }
  if (expandAt !== null && realised >= expandAt) {
    const reached = `${found} has reached the Expand at value (${formatAmount(expandAt)})`;
    if (evidenced) return suggest("Expand", "at-expand-evidenced", `${reached} and ${evidence}.`);
    return suggest("Continue", "at-expand-weak-evidence", `${reached}, but ${evidence}: expanding should wait for ${EVIDENCE_TO_ACT} evidence.`);
  }
  if (forecast !== null && stopBelow !== null && forecast < stopBelow) {
    return suggest("Redesign", "forecast-below-stop", `${found} is above the Stop below value (${formatAmount(stopBelow)}), but the forecast (${formatAmount(forecast)}) falls below it.`);
  }
  const range = [stopBelow === null ? null : `at or above the Stop below value (${formatAmount(stopBelow)})`, expandAt === null ? null : `below the Expand at value (${formatAmount(expandAt)})`]
    .filter((part) => part !== null)
    .join(" and ");
  return suggest("Continue", "between-thresholds", `${found} is ${range}.`);
}
