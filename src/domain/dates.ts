import { fail, ok, type Result } from "./result";

/**
 * Excel dates, in the 1900 date system: the one place that converts date serials to calendar dates
 * and ISO "yyyy-mm-dd" text and back. Serial 1 is 1 January 1900. Excel (after Lotus 1-2-3) counts a
 * 29 February 1900 that never existed as serial 60, so serials from 61 (1 March 1900) on are one more
 * than a true day count. Everything here follows Excel, including that fictional day.
 *
 * A fraction in a serial is a time of day; review dates are whole days, so it is dropped.
 * No JavaScript Date is used: the conversion is integer arithmetic (H. Hinnant's civil-date algorithms).
 */

/** A calendar date in the Excel calendar: month 1..12, day 1..31. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** 1 January 1900, the first date Excel shows. */
export const FIRST_SERIAL = 1;
/** 31 December 9999, the last date Excel shows. */
export const LAST_SERIAL = 2958465;
/** The serial Excel gives the fictional 29 February 1900. */
export const FICTIONAL_LEAP_DAY_SERIAL = 60;
/** Excel serial of 1 January 1970, day 0 of the day count below (valid from 1 March 1900 on). */
const UNIX_EPOCH_SERIAL = 25569;

/** Days in a month of the Excel calendar (Gregorian, except that February 1900 has 29 days as in Excel). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 || year === 1900;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Days from 1 January 1970 to a proleptic Gregorian date (Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The proleptic Gregorian date a number of days after 1 January 1970 (Hinnant's civil_from_days). */
function civilFromDays(days: number): CalendarDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * Checks an Excel date serial (1 = 1 Jan 1900 ... 2958465 = 31 Dec 9999) and returns its whole day,
 * dropping any time of day. `name` is the argument named in the message.
 */
export function checkSerial(serial: number, name: string): Result<number> {
  if (!Number.isFinite(serial)) return fail("num", `${name} must be an Excel date (a date serial number).`);
  const day = Math.floor(serial);
  if (day < FIRST_SERIAL || day > LAST_SERIAL) {
    return fail("num", `${name} must be a date from 1 January 1900 (serial 1) to 31 December 9999 (serial ${LAST_SERIAL}); it is ${serial}.`);
  }
  return ok(day);
}

/** The calendar date of an Excel date serial (time of day dropped); serial 60 is 29 February 1900. */
export function serialToDate(serial: number): Result<CalendarDate> {
  const checked = checkSerial(serial, "The date");
  if (!checked.ok) return checked;
  const day = checked.value;
  if (day === FICTIONAL_LEAP_DAY_SERIAL) return ok({ year: 1900, month: 2, day: 29 });
  return ok(civilFromDays(day - UNIX_EPOCH_SERIAL + (day < FICTIONAL_LEAP_DAY_SERIAL ? 1 : 0)));
}

/** The Excel date serial of a calendar date from 1 January 1900 to 31 December 9999 (29 February 1900 is 60). */
export function dateToSerial(date: CalendarDate): Result<number> {
  const { year, month, day } = date;
  if (![year, month, day].every(Number.isInteger)) return fail("num", "A date needs a whole year, month and day.");
  if (year < 1900 || year > 9999) return fail("num", `Excel dates run from the year 1900 to 9999; this one is in ${year}.`);
  if (month < 1 || month > 12) return fail("num", `A month runs from 1 to 12; it is ${month}.`);
  if (day < 1 || day > daysInMonth(year, month)) return fail("num", `${year}-${pad(month, 2)} has no day ${day}.`);
  if (year === 1900 && month === 2 && day === 29) return ok(FICTIONAL_LEAP_DAY_SERIAL);
  const serial = daysFromCivil(year, month, day) + UNIX_EPOCH_SERIAL;
  return ok(year === 1900 && month <= 2 ? serial - 1 : serial);
}

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

/** ISO 8601 text "yyyy-mm-dd" of an Excel date serial (time of day dropped). */
export function serialToIso(serial: number): Result<string> {
  const date = serialToDate(serial);
  if (!date.ok) return date;
  const { year, month, day } = date.value;
  return ok(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`);
}

/** The Excel date serial of ISO 8601 text "yyyy-mm-dd" (exactly that form; "1900-02-29" is 60). */
export function isoToSerial(iso: string): Result<number> {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!match) return fail("value", `A date must be written yyyy-mm-dd, for example 2026-01-31; not "${iso}".`);
  return dateToSerial({ year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) });
}

/**
 * Adds whole calendar months to an Excel date serial as Excel's EDATE does: the day of the month is
 * kept, or becomes the last day of a shorter month (31 January + 1 month = 28 or 29 February).
 * A fraction of a month is truncated, as EDATE truncates it; months may be negative.
 */
export function addMonths(serial: number, months: number): Result<number> {
  if (!Number.isFinite(months)) return fail("num", "The number of months must be a finite number.");
  const start = serialToDate(serial);
  if (!start.ok) return start;
  const monthIndex = start.value.year * 12 + (start.value.month - 1) + Math.trunc(months);
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  if (year < 1900 || year > 9999) return fail("num", "The resulting date falls outside Excel's dates (1900 to 9999).");
  return dateToSerial({ year, month, day: Math.min(start.value.day, daysInMonth(year, month)) });
}

/** Adds days to an Excel date serial (time of day dropped); the result must still be an Excel date. */
export function addDays(serial: number, days: number): Result<number> {
  const start = checkSerial(serial, "The date");
  if (!start.ok) return start;
  return checkSerial(start.value + Math.trunc(days), "The resulting date");
}
