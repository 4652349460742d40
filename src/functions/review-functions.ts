import * as review from "../domain/review-cadence";
import { ArgumentError, cell } from "./cell-error";
import { numberArg, scalarArg, type CellInput } from "./args";

/** A cadence cell: a name or a number of days. */
function cadenceArg(value: CellInput): string | number {
  const raw = scalarArg(value, "cadence");
  if (typeof raw === "string" || typeof raw === "number") return raw;
  throw new ArgumentError("value", `cadence expects a cadence name such as Monthly or Quarterly, or a number of days; not ${raw === null ? "a blank" : "TRUE or FALSE"}.`);
}

/**
 * The date of the next review after the last one, at the given cadence. Format the cell as a date.
 * @customfunction NEXTREVIEW
 * @helpurl https://localhost:3000/help.html#nextreview
 * @param lastReview Date of the last review (an Excel date).
 * @param cadence Weekly, Fortnightly, Monthly, Quarterly, Semi-annually (or Half-yearly), Annually (or Yearly), or a whole number of days (1 or more). Months are added as EDATE adds them: 31 January + 1 month = 28 February.
 * @returns The next review date as an Excel date serial number.
 */
export function nextReview(lastReview: any, cadence: any): number {
  return cell(() => review.nextReview(numberArg(lastReview, "lastReview", { expects: "(an Excel date)" }), cadenceArg(cadence)));
}

/**
 * Where a review stands: Overdue, Due (within the due window) or Scheduled.
 * @customfunction REVIEWSTATUS
 * @helpurl https://localhost:3000/help.html#reviewstatus
 * @param nextReview Date the next review is planned for (an Excel date), e.g. the result of AIVM.NEXTREVIEW.
 * @param asOf The date to judge on (an Excel date); use TODAY().
 * @param [dueWindowDays] How many days before the review date it counts as due: a whole number, 0 or more (default 14).
 * @returns "Overdue" when asOf is after nextReview, "Due" when nextReview is at most dueWindowDays away, else "Scheduled".
 */
export function reviewStatus(nextReview: any, asOf: any, dueWindowDays?: any): string {
  return cell(() =>
    review.reviewStatus(
      numberArg(nextReview, "nextReview", { expects: "(an Excel date)" }),
      numberArg(asOf, "asOf", { expects: "(an Excel date)" }),
      numberArg(dueWindowDays, "dueWindowDays", { blank: review.DEFAULT_DUE_WINDOW_DAYS, expects: "of days, a whole number 0 or more" }),
    ),
  );
}
