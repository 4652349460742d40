import { blankContract } from "../../../src/domain/contract";
import { DEFAULT_SEPARATORS } from "../../../src/domain/money-parse";
import { checkReview, type ReviewValues } from "../../../src/taskpane/review/review-form";

const contract = { ...blankContract("VC-0002"), title: "Churn", reviewCadence: "Monthly" as const };
const values: ReviewValues = {
  date: "2026-01-31",
  reviewer: "Finance",
  realisedToDate: "1.2m",
  forecastValue: "(50k)",
  decision: "Continue",
  rationale: "",
  assumptionsChanged: "",
};

describe("checkReview", () => {
  test("a complete review: level from the highest tick, gaps below it, amounts parsed, next review by the cadence", () => {
    const check = checkReview(values, [true, false, true, false, false], contract, DEFAULT_SEPARATORS);
    expect(check.errors).toEqual({});
    expect(check.level).toBe("Operational");
    expect(check.gaps).toEqual(["Behavioural"]);
    // 31 January + one month is the last day of February, as EDATE counts it.
    expect(check.review).toEqual({
      contractId: "VC-0002",
      date: "2026-01-31",
      reviewer: "Finance",
      evidenceLevel: "Operational",
      realisedToDate: 1_200_000,
      forecastValue: -50_000,
      decision: "Continue",
      rationale: "",
      assumptionsChanged: "",
      nextReview: "2026-02-28",
    });
  });

  test("problems per field, typing kept: reviewer, decision, date, an amount that does not parse", () => {
    const check = checkReview({ ...values, reviewer: " ", decision: "", date: "", realisedToDate: "lots" }, [false, false, false, false, false], contract, DEFAULT_SEPARATORS);
    expect(check.review).toBeNull();
    expect(check.level).toBe("None");
    expect(check.errors).toEqual({
      reviewer: "Reviewer is required.",
      decision: "Decision must be one of: Continue; Expand; Redesign; Pause; Terminate.",
      date: "Review date must be a date (yyyy-mm-dd).",
      realisedToDate: "Realised to date must be a number, such as 1,234.50, 250k, 1.2m or (1,000).",
    });
  });
});
