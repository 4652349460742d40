import fc from "fast-check";
import { isoToSerial, LAST_SERIAL, serialToIso } from "../../src/domain/dates";
import { REVIEW_CADENCES } from "../../src/domain/lists";
import { nextReview, nextReviewIso, parseCadence, reviewStatus, reviewStatusIso } from "../../src/domain/review-cadence";
import { unwrap } from "./unwrap";

const serial = (iso: string): number => unwrap(isoToSerial(iso));
const next = (last: string, cadence: string | number): string => unwrap(serialToIso(unwrap(nextReview(serial(last), cadence))));

describe("nextReview", () => {
  test("each cadence from 31 January 2026 (months as EDATE adds them)", () => {
    expect(next("2026-01-31", "Weekly")).toBe("2026-02-07");
    expect(next("2026-01-31", "Fortnightly")).toBe("2026-02-14");
    expect(next("2026-01-31", "Monthly")).toBe("2026-02-28"); // EDATE: 31 Jan + 1 month = 28 Feb
    expect(next("2026-01-31", "Quarterly")).toBe("2026-04-30");
    expect(next("2026-01-31", "Semi-annually")).toBe("2026-07-31");
    expect(next("2026-01-31", "Annually")).toBe("2027-01-31");
  });

  test("leap years: 31 Jan 2024 + Monthly = 29 Feb 2024; 29 Feb 2024 + Annually = 28 Feb 2025", () => {
    expect(next("2024-01-31", "Monthly")).toBe("2024-02-29");
    expect(next("2024-02-29", "Annually")).toBe("2025-02-28");
  });

  test("aliases and spelling: Half-yearly, Yearly, any case, surrounding spaces", () => {
    expect(next("2026-03-15", " half-YEARLY ")).toBe("2026-09-15");
    expect(next("2026-03-15", "yearly")).toBe("2027-03-15");
    expect(next("2026-03-15", "QUARTERLY")).toBe("2026-06-15");
  });

  test("a whole number of days, as a number or as digits in text", () => {
    expect(next("2026-12-25", 10)).toBe("2027-01-04");
    expect(next("2026-12-25", " 30 ")).toBe("2027-01-24");
  });

  test("a time of day on the last review is dropped", () => {
    expect(unwrap(nextReview(serial("2026-01-01") + 0.6, "Weekly"))).toBe(serial("2026-01-08"));
  });

  test("an unknown cadence is a value error listing what is accepted", () => {
    expect(parseCadence("Biweekly")).toEqual({
      ok: false,
      error: { kind: "value", message: expect.stringContaining("Weekly, Fortnightly, Monthly, Quarterly, Semi-annually (or Half-yearly), Annually (or Yearly), or a whole number of days") },
    });
  });

  test("days below 1 or with a fraction are num errors; dates outside Excel's are num errors", () => {
    expect(parseCadence(0)).toEqual({ ok: false, error: { kind: "num", message: expect.stringContaining("whole number") } });
    expect(parseCadence(2.5).ok).toBe(false);
    expect(nextReview(0, "Weekly")).toEqual({ ok: false, error: { kind: "num", message: expect.stringContaining("lastReview") } });
    expect(nextReview(LAST_SERIAL - 3, "Weekly")).toEqual({ ok: false, error: { kind: "num", message: expect.stringContaining("9999") } });
    expect(nextReview(serial("9999-12-15"), "Monthly").ok).toBe(false);
  });

  test("the next review is always strictly after the last one, and at most a year and a day later", () => {
    const cadence = fc.oneof(fc.constantFrom<string | number>(...REVIEW_CADENCES, "Half-yearly", "Yearly"), fc.integer({ min: 1, max: 366 }));
    fc.assert(
      fc.property(fc.double({ min: 1, max: 2_950_000, noNaN: true }), cadence, (last, step) => {
        const result = unwrap(nextReview(last, step));
        return result > last && result - Math.floor(last) <= 366;
      }),
    );
  });
});

describe("reviewStatus", () => {
  const due = serial("2026-03-31");

  test("Overdue after the date, Due within the window (inclusive), Scheduled before it", () => {
    expect(unwrap(reviewStatus(due, due + 1))).toBe("Overdue");
    expect(unwrap(reviewStatus(due, due))).toBe("Due");
    expect(unwrap(reviewStatus(due, due - 14))).toBe("Due");
    expect(unwrap(reviewStatus(due, due - 15))).toBe("Scheduled");
    expect(unwrap(reviewStatus(due, due - 7, 7))).toBe("Due");
    expect(unwrap(reviewStatus(due, due - 8, 7))).toBe("Scheduled");
    expect(unwrap(reviewStatus(due, due, 0))).toBe("Due");
  });

  test("whole days: NOW() on the review day is Due, not Overdue", () => {
    expect(unwrap(reviewStatus(due, due + 0.9))).toBe("Due");
  });

  test("bad windows and dates are num errors naming the argument", () => {
    expect(reviewStatus(due, due, -1)).toEqual({ ok: false, error: { kind: "num", message: expect.stringContaining("dueWindowDays") } });
    expect(reviewStatus(due, due, 1.5).ok).toBe(false);
    expect(reviewStatus(-5, due)).toEqual({ ok: false, error: { kind: "num", message: expect.stringContaining("nextReview") } });
    expect(reviewStatus(due, Infinity)).toEqual({ ok: false, error: { kind: "num", message: expect.stringContaining("asOf") } });
  });

  test("a review just scheduled from asOf is never Overdue", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2_900_000 }), fc.constantFrom(...REVIEW_CADENCES), (asOf, cadence) => {
        return unwrap(reviewStatus(unwrap(nextReview(asOf, cadence)), asOf)) !== "Overdue";
      }),
    );
  });
});

describe("on ISO dates", () => {
  test("no next review without a cadence or a valid date", () => {
    expect(nextReviewIso("2026-01-31", null)).toBeNull();
    expect(nextReviewIso(null, "Weekly")).toBeNull();
    expect(nextReviewIso("31/01/2026", "Weekly")).toBeNull();
    expect(nextReviewIso("2026-01-31", "Weekly")).toBe("2026-02-07");
    // EDATE: 31 Jan + 1 month is the last day of February.
    expect(nextReviewIso("2026-01-31", "Monthly")).toBe("2026-02-28");
  });

  test("review status as of a date: after is Overdue, within 14 days Due, else Scheduled", () => {
    expect(reviewStatusIso("2026-02-28", "2026-03-01")).toBe("Overdue");
    expect(reviewStatusIso("2026-02-28", "2026-02-14")).toBe("Due");
    expect(reviewStatusIso("2026-02-28", "2026-02-13")).toBe("Scheduled");
    expect(reviewStatusIso("not a date", "2026-02-13")).toBeNull();
  });
});
