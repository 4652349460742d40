import { nextReview, reviewStatus } from "../../src/functions/review-functions";
import { excel } from "./excel-cell";

// Excel date serials (1900 system), checked with Python: (date(y, m, d) - date(1899, 12, 30)).days.
const JAN_31_2026 = 46053;
const FEB_28_2026 = 46081;
const JAN_31_2024 = 45322;
const FEB_29_2024 = 45351;

describe("NEXTREVIEW", () => {
  test("months as EDATE adds them: 31 Jan + Monthly = 28 Feb (29 Feb in 2024)", () => {
    expect(nextReview(JAN_31_2026, "Monthly")).toBe(FEB_28_2026);
    expect(nextReview(JAN_31_2024, "monthly")).toBe(FEB_29_2024);
  });

  test("names, aliases and days", () => {
    expect(nextReview(JAN_31_2026, "Weekly")).toBe(JAN_31_2026 + 7);
    expect(nextReview(JAN_31_2026, " Half-yearly ")).toBe(nextReview(JAN_31_2026, "Semi-annually"));
    expect(nextReview(JAN_31_2026, "Yearly")).toBe(JAN_31_2026 + 365);
    expect(nextReview(JAN_31_2026, 45)).toBe(JAN_31_2026 + 45);
  });

  test("an unknown cadence is #VALUE! listing the cadences; 0 days is #NUM!; a blank cadence is #VALUE!", () => {
    expect(excel(() => nextReview(JAN_31_2026, "Biweekly"))).toEqual({ code: "#VALUE!", message: expect.stringContaining("cadence expects Weekly, Fortnightly") });
    expect(excel(() => nextReview(JAN_31_2026, 0))).toEqual({ code: "#NUM!", message: expect.stringContaining("cadence") });
    expect(excel(() => nextReview(JAN_31_2026, null))).toEqual({ code: "#VALUE!", message: expect.stringContaining("cadence") });
  });

  test("a last review that is not a date is #VALUE! or #NUM! naming lastReview", () => {
    expect(excel(() => nextReview("31/01/2026", "Monthly"))).toEqual({ code: "#VALUE!", message: expect.stringContaining("lastReview") });
    expect(excel(() => nextReview(-3, "Monthly"))).toEqual({ code: "#NUM!", message: expect.stringContaining("lastReview") });
  });
});

describe("REVIEWSTATUS", () => {
  test("Overdue, Due (within 14 days by default, inclusive) and Scheduled", () => {
    expect(reviewStatus(FEB_28_2026, FEB_28_2026 + 1, null)).toBe("Overdue");
    expect(reviewStatus(FEB_28_2026, FEB_28_2026 - 14, null)).toBe("Due");
    expect(reviewStatus(FEB_28_2026, FEB_28_2026 - 15)).toBe("Scheduled");
    expect(reviewStatus(FEB_28_2026, FEB_28_2026 - 20, 30)).toBe("Due");
  });

  test("a negative window is #NUM! naming dueWindowDays", () => {
    expect(excel(() => reviewStatus(FEB_28_2026, FEB_28_2026, -1))).toEqual({ code: "#NUM!", message: expect.stringContaining("dueWindowDays") });
  });
});
