import { isoToSerial, serialToIso } from "../domain/dates";

/**
 * Updated is a UTC date and time, stored as an Excel serial with a fraction of a day. The calendar
 * date converts in dates.ts (the one place for dates); only the time of day is handled here, in
 * whole seconds (the column's precision), so float noise in the fraction never shows.
 */
const SECONDS_PER_DAY = 86_400;
const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?Z$/;

/** The Excel serial (days, fraction = time of day) of an ISO UTC date-time "yyyy-mm-ddThh:mm:ss(.sss)Z"; null if not one. */
export function isoDateTimeToSerial(iso: string): number | null {
  const match = ISO_DATE_TIME.exec(iso);
  if (!match) return null;
  const day = isoToSerial(match[1] ?? "");
  if (!day.ok) return null;
  const seconds = Number(match[2]) * 3600 + Number(match[3]) * 60 + Number(match[4]);
  return seconds >= SECONDS_PER_DAY ? null : day.value + seconds / SECONDS_PER_DAY;
}

/** The ISO UTC date-time "yyyy-mm-ddThh:mm:ssZ" of an Excel serial, to the nearest second; null if not an Excel date. */
export function serialToIsoDateTime(serial: number): string | null {
  if (!Number.isFinite(serial)) return null;
  let day = Math.floor(serial);
  let seconds = Math.round((serial - day) * SECONDS_PER_DAY);
  if (seconds === SECONDS_PER_DAY) {
    day += 1;
    seconds = 0;
  }
  const date = serialToIso(day);
  if (!date.ok) return null;
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${date.value}T${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}Z`;
}
