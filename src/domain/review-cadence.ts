import { addDays, addMonths, checkSerial, isoToSerial, serialToIso } from "./dates";
import { matchName, REVIEW_CADENCES, type ReviewCadence } from "./lists";
import { fail, ok, type Result } from "./result";

/**
 * Review cadence: every value contract is reviewed on a rhythm, and a review that slips is itself a
 * finding. Dates are Excel date serials (1900 system); see dates.ts.
 */

/** One step of a cadence: a number of days, or of calendar months added as EDATE adds them. */
export interface CadenceStep {
  readonly unit: "days" | "months";
  readonly count: number;
}

/** How far each named cadence moves a review: days for the weekly rhythms, calendar months for the rest. */
export const CADENCE_STEPS: Readonly<Record<ReviewCadence, CadenceStep>> = {
  Weekly: { unit: "days", count: 7 },
  Fortnightly: { unit: "days", count: 14 },
  Monthly: { unit: "months", count: 1 },
  Quarterly: { unit: "months", count: 3 },
  "Semi-annually": { unit: "months", count: 6 },
  Annually: { unit: "months", count: 12 },
};

/** Other names finance teams use for the same cadences. */
export const CADENCE_ALIASES: Readonly<Record<string, ReviewCadence>> = {
  "Half-yearly": "Semi-annually",
  Yearly: "Annually",
};

/** The review statuses, most urgent first. */
export const REVIEW_STATUSES = ["Overdue", "Due", "Scheduled"] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** Days before the next review at which it counts as due, unless the caller says otherwise. */
export const DEFAULT_DUE_WINDOW_DAYS = 14;

const ACCEPTED_CADENCES = `${REVIEW_CADENCES.map((name) => {
  const alias = Object.keys(CADENCE_ALIASES).find((key) => CADENCE_ALIASES[key] === name);
  return alias ? `${name} (or ${alias})` : name;
}).join(", ")}, or a whole number of days (1 or more)`;

/**
 * Reads a cadence: a name from REVIEW_CADENCES or CADENCE_ALIASES (case-insensitive, surrounding spaces
 * ignored), or a whole number of days >= 1 (as a number or as digits in text).
 */
export function parseCadence(cadence: string | number): Result<CadenceStep> {
  if (typeof cadence === "number") return daysStep(cadence);
  const name = matchName(REVIEW_CADENCES, cadence);
  if (name) return ok(CADENCE_STEPS[name]);
  const alias = matchName(Object.keys(CADENCE_ALIASES), cadence);
  const aliased = alias === undefined ? undefined : CADENCE_ALIASES[alias];
  if (aliased) return ok(CADENCE_STEPS[aliased]);
  if (/^\s*\d+\s*$/.test(cadence)) return daysStep(Number(cadence));
  return fail("value", `cadence expects ${ACCEPTED_CADENCES}; not "${cadence}".`);
}

function daysStep(days: number): Result<CadenceStep> {
  if (!Number.isInteger(days) || days < 1) {
    return fail("num", `cadence as a number of days must be a whole number, 1 or more; it is ${days}.`);
  }
  return ok({ unit: "days", count: days });
}

/**
 * The next review date (Excel date serial) after the last one (Excel date serial; a time of day is
 * dropped) at the given cadence. Months are added as EDATE adds them: 31 Jan + Monthly = 28/29 Feb.
 */
export function nextReview(lastReviewSerial: number, cadence: string | number): Result<number> {
  const last = checkSerial(lastReviewSerial, "lastReview");
  if (!last.ok) return last;
  const step = parseCadence(cadence);
  if (!step.ok) return step;
  const next = step.value.unit === "days" ? addDays(last.value, step.value.count) : addMonths(last.value, step.value.count);
  if (!next.ok) return fail("num", "The next review would fall after 31 December 9999, Excel's last date.");
  return next;
}

/**
 * Where a review stands on a given day: "Overdue" when asOf is after nextReview; "Due" when nextReview
 * is at most dueWindowDays (whole days >= 0, default 14) after asOf; otherwise "Scheduled". Both dates
 * are Excel date serials compared as whole days, so passing NOW() instead of TODAY() changes nothing.
 */
export function reviewStatus(nextReviewSerial: number, asOfSerial: number, dueWindowDays = DEFAULT_DUE_WINDOW_DAYS): Result<ReviewStatus> {
  const next = checkSerial(nextReviewSerial, "nextReview");
  if (!next.ok) return next;
  const asOf = checkSerial(asOfSerial, "asOf");
  if (!asOf.ok) return asOf;
  if (!Number.isInteger(dueWindowDays) || dueWindowDays < 0) {
    return fail("num", `dueWindowDays must be a whole number of days, 0 or more; it is ${dueWindowDays}.`);
  }
  if (asOf.value > next.value) return ok("Overdue");
  return ok(next.value - asOf.value <= dueWindowDays ? "Due" : "Scheduled");
}

/**
 * The same two rules on ISO dates (yyyy-mm-dd), for the pane and the store, which hold dates as ISO:
 * the next review after `lastReview` at `cadence`, or null when either is missing or invalid.
 */
export function nextReviewIso(lastReview: string | null, cadence: string | null): string | null {
  if (lastReview === null || cadence === null) return null;
  const last = isoToSerial(lastReview);
  const next = last.ok ? nextReview(last.value, cadence) : last;
  const iso = next.ok ? serialToIso(next.value) : next;
  return iso.ok ? iso.value : null;
}

/** Overdue, Due or Scheduled for a next review and an as-of date, both ISO; null when either is invalid. */
export function reviewStatusIso(nextReviewDate: string, asOf: string): ReviewStatus | null {
  const next = isoToSerial(nextReviewDate);
  const today = isoToSerial(asOf);
  if (!next.ok || !today.ok) return null;
  const status = reviewStatus(next.value, today.value);
  return status.ok ? status.value : null;
}
