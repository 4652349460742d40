/**
 * Excel's two date systems: a date is a serial number of days (the fraction is the time of day).
 *  - 1900 system (the default on Windows and the web): serial 1 is 1 January 1900, and Excel counts a 29 February
 *    1900 that never was (serial 60), kept for Lotus 1-2-3 compatibility; from 1 March 1900 a serial is the number
 *    of days since 30 December 1899. Serial 0 shows as "1900-01-00".
 *  - 1904 system (old Mac workbooks): serial 0 is 1 January 1904; a date has a serial 1,462 lower than in 1900.
 * (Support: "Date systems in Excel", https://support.microsoft.com/office/e7fe7167-48a9-4b96-bb53-5612a800b487, and
 * "DATE function", https://support.microsoft.com/office/e36c0c8c-4104-49da-ab83-82328b832349.)
 */
export type DateSystem = 1900 | 1904;

/** A calendar date and time of day. */
export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hours: number;
  readonly minutes: number;
  readonly seconds: number;
}

const MS_PER_DAY = 86_400_000;
const SECONDS_PER_DAY = 86_400;
/** The last serial Excel shows as a date: 31 December 9999 in the 1900 system. */
const LAST_SERIAL_1900 = 2_958_465;
/** Serial of 1 January 1904 in the 1900 system: how far apart the two systems are. */
export const SYSTEM_OFFSET = 1_462;

/** Days from 30 December 1899 to the first of a (possibly out-of-range) month, by the proleptic Gregorian calendar. */
function daysToMonthStart(year: number, monthIndex: number): number {
  return (Date.UTC(year, monthIndex, 1) - Date.UTC(1899, 11, 30)) / MS_PER_DAY;
}

/**
 * The 1900-system serial of a day given as year, month (1-based, may overflow) and day (may overflow or be 0 or
 * negative), as DATE computes it: months before March 1900 count from 31 December 1899, so that serial 60 is
 * Excel's 29 February 1900 and DATE(1900, 3, 0) is 60.
 */
function serial1900(year: number, month: number, day: number): number {
  const monthIndex = year * 12 + (month - 1);
  const y = Math.floor(monthIndex / 12);
  const m = monthIndex - y * 12;
  const beforeMarch1900 = y < 1900 || (y === 1900 && m < 2);
  return daysToMonthStart(y, m) - (beforeMarch1900 ? 1 : 0) + day - 1;
}

/**
 * DATE(year, month, day) in a date system: arguments truncated to integers; a year from 0 to 1899 is added to 1900
 * ("Excel adds that value to 1900 to calculate the year"); a year below 0 or of 10,000 or more is #NUM!, as is a
 * result before the system's first day or after 31 December 9999. Months and days overflow into the next months.
 */
export function excelDate(year: number, month: number, day: number, system: DateSystem): number | "#NUM!" {
  if (![year, month, day].every(Number.isFinite)) return "#NUM!";
  let y = Math.trunc(year);
  if (y < 0 || y >= 10_000) return "#NUM!";
  if (y < 1900) y += 1900;
  const serial = serial1900(y, Math.trunc(month), Math.trunc(day)) - (system === 1904 ? SYSTEM_OFFSET : 0);
  const last = LAST_SERIAL_1900 - (system === 1904 ? SYSTEM_OFFSET : 0);
  return serial < 0 || serial > last ? "#NUM!" : serial;
}

/** The serial of a real calendar date, or null before the system's first day (such input stays text in Excel). */
export function dateToSerial(year: number, month: number, day: number, system: DateSystem): number | null {
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  const serial = excelDate(year, month, day, system);
  const first = system === 1900 ? 1 : 0;
  return serial === "#NUM!" || serial < first ? null : serial;
}

/**
 * The date and time a serial shows, to the nearest second (Excel rounds a displayed time), or null when Excel
 * cannot show it as a date (negative, or after 9999-12-31) and fills the cell with "#" instead.
 */
export function serialToParts(serial: number, system: DateSystem): DateParts | null {
  const last = LAST_SERIAL_1900 - (system === 1904 ? SYSTEM_OFFSET : 0);
  if (!Number.isFinite(serial) || serial < 0 || serial >= last + 1) return null;
  let days = Math.floor(serial);
  let seconds = Math.round((serial - days) * SECONDS_PER_DAY);
  if (seconds === SECONDS_PER_DAY) {
    days += 1;
    seconds = 0;
  }
  const time = { hours: Math.floor(seconds / 3600), minutes: Math.floor(seconds / 60) % 60, seconds: seconds % 60 };
  if (system === 1900 && days < 61) {
    if (days === 60) return { year: 1900, month: 2, day: 29, ...time };
    if (days === 0) return { year: 1900, month: 1, day: 0, ...time };
    return { year: 1900, month: days <= 31 ? 1 : 2, day: days <= 31 ? days : days - 31, ...time };
  }
  const date = new Date(Date.UTC(1899, 11, 30) + (days + (system === 1904 ? SYSTEM_OFFSET : 0)) * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), ...time };
}
