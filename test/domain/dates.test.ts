import fc from "fast-check";
import {
  addDays,
  addMonths,
  dateToSerial,
  daysInMonth,
  isoToSerial,
  LAST_SERIAL,
  serialToDate,
  serialToIso,
} from "../../src/domain/dates";
import { unwrap } from "./unwrap";

const serial = (iso: string): number => unwrap(isoToSerial(iso));
const iso = (n: number): string => unwrap(serialToIso(n));

describe("Excel 1900 date serials", () => {
  // Microsoft's DATE function documentation: "January 1, 1900 is serial number 1, and January 1, 2008 is serial
  // number 39448 because it is 39,447 days after January 1, 1900." Excel counts the fictional 29 February 1900
  // (a Lotus 1-2-3 compatibility bug Microsoft documents) as 60. Independently, with Python's datetime:
  // (date(2026, 1, 1) - date(1899, 12, 30)).days = 46023, and (date(9999, 12, 31) - date(1899, 12, 30)).days = 2958465.
  const table: Array<[string, number]> = [
    ["1900-01-01", 1],
    ["1900-02-28", 59],
    ["1900-02-29", 60],
    ["1900-03-01", 61],
    ["2008-01-01", 39448],
    ["2026-01-01", 46023],
    ["2024-02-29", 45351],
    ["9999-12-31", 2958465],
  ];
  test.each(table)("%s is serial %p, both ways", (text, n) => {
    expect(serial(text)).toBe(n);
    expect(iso(n)).toBe(text);
  });

  test("a time of day is dropped", () => {
    expect(iso(46023.75)).toBe("2026-01-01");
  });

  test("agrees with JavaScript's own calendar for every serial from 1 March 1900 on", () => {
    // Serial n >= 61 is n days after 30 December 1899 (UTC), the offset that absorbs the fictional 29 February.
    const base = Date.UTC(1899, 11, 30);
    fc.assert(
      fc.property(fc.integer({ min: 61, max: LAST_SERIAL }), (n) => {
        const expected = new Date(base + n * 86_400_000).toISOString().slice(0, 10);
        return iso(n) === expected && serial(expected) === n;
      }),
      { numRuns: 2000 },
    );
  });

  test("serials outside Excel's dates and malformed text are errors", () => {
    expect(serialToDate(0)).toEqual({ ok: false, error: { kind: "num", message: expect.stringContaining("1 January 1900") } });
    expect(serialToDate(LAST_SERIAL + 1).ok).toBe(false);
    expect(serialToDate(Number.NaN).ok).toBe(false);
    expect(isoToSerial("31/01/2026")).toEqual({ ok: false, error: { kind: "value", message: expect.stringContaining("yyyy-mm-dd") } });
    expect(isoToSerial("2026-02-29")).toEqual({ ok: false, error: { kind: "num", message: expect.stringContaining("no day 29") } });
    expect(isoToSerial("1899-12-31").ok).toBe(false);
    expect(dateToSerial({ year: 2026, month: 13, day: 1 }).ok).toBe(false);
  });

  test("days in a month: Gregorian leap years, and Excel's 29-day February 1900", () => {
    expect([2024, 2025, 2000, 2100, 1900].map((year) => daysInMonth(year, 2))).toEqual([29, 28, 29, 28, 29]);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
  });
});

describe("addMonths (Excel's EDATE)", () => {
  test("Microsoft's EDATE documentation: 15-Jan-2011 plus 1, -1 and 2 months", () => {
    // The documented results: 15-Feb-2011, 15-Dec-2010, 15-Mar-2011 (serials 40589, 40527, 40617).
    expect(unwrap(addMonths(serial("2011-01-15"), 1))).toBe(40589);
    expect(unwrap(addMonths(serial("2011-01-15"), -1))).toBe(40527);
    expect(unwrap(addMonths(serial("2011-01-15"), 2))).toBe(40617);
  });

  test("the day becomes the last of a shorter month: 31 Jan + 1 month = 28 Feb, or 29 Feb in a leap year", () => {
    expect(iso(unwrap(addMonths(serial("2026-01-31"), 1)))).toBe("2026-02-28");
    expect(iso(unwrap(addMonths(serial("2024-01-31"), 1)))).toBe("2024-02-29");
    expect(iso(unwrap(addMonths(serial("2024-02-29"), 12)))).toBe("2025-02-28");
    expect(iso(unwrap(addMonths(serial("2028-02-29"), -48)))).toBe("2024-02-29");
    expect(iso(unwrap(addMonths(serial("2026-08-31"), 1)))).toBe("2026-09-30");
    expect(iso(unwrap(addMonths(serial("2026-11-30"), 3)))).toBe("2027-02-28");
  });

  test("Excel's fictional 29 February 1900 takes part like any other day", () => {
    expect(unwrap(addMonths(serial("1900-01-31"), 1))).toBe(60);
    expect(iso(unwrap(addMonths(60, 1)))).toBe("1900-03-29");
    expect(iso(unwrap(addMonths(60, 12)))).toBe("1901-02-28");
  });

  test("a fraction of a month is truncated, as EDATE does", () => {
    expect(unwrap(addMonths(serial("2011-01-15"), 1.9))).toBe(40589);
  });

  test("results beyond Excel's dates are num errors", () => {
    expect(addMonths(serial("9999-12-01"), 1)).toEqual({ ok: false, error: { kind: "num", message: expect.any(String) } });
    expect(addMonths(serial("1900-01-15"), -1).ok).toBe(false);
    expect(addDays(LAST_SERIAL, 1).ok).toBe(false);
  });

  test("keeps the day of the month, or moves it to the last day of the target month", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2_900_000 }), fc.integer({ min: -1000, max: 1000 }), (start, months) => {
        const from = unwrap(serialToDate(start));
        const result = addMonths(start, months);
        if (!result.ok) return true; // before 1900: checked above
        const to = unwrap(serialToDate(result.value));
        const monthsMoved = (to.year - from.year) * 12 + (to.month - from.month);
        const dayOk = to.day === from.day || (to.day < from.day && to.day === daysInMonth(to.year, to.month));
        return monthsMoved === months && dayOk;
      }),
    );
  });
});
