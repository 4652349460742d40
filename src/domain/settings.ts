import type { z } from "zod";
import { daysInMonth } from "./dates";
import { blankRecord, recordObject, type Field } from "./field-model";

/**
 * The workbook's settings, one row of the small AIVMSettings table on the lists sheet: how the ledger's
 * periods are cut (months, or quarters of a fiscal year that starts in a given month), the discount
 * rate for payback, the label of the workbook's currency, and the business unit whose workbook it is (the group
 * consolidation's name for its rows: `aivm consolidate`), and the chance of a loss at which a review suggests Pause.
 * People change them in the sheet.
 */

export const PERIOD_KINDS = ["Quarter", "Month"] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;
export type MonthName = (typeof MONTHS)[number];

/** The columns of AIVMSettings, in order: a public interface (README.md, "Workbook tables"). */
export const SETTINGS_FIELDS = [
  { key: "period", header: "Period", kind: "list", list: PERIOD_KINDS, required: "always", blank: "Quarter" },
  { key: "fiscalYearStart", header: "Fiscal year starts", kind: "list", list: MONTHS, required: "always", blank: "January" },
  { key: "discountRate", header: "Discount rate", kind: "fraction" },
  { key: "currency", header: "Currency", kind: "text" },
  { key: "businessUnit", header: "Business unit", kind: "text" },
  // Blank means DEFAULT_PAUSE_LOSS_PROBABILITY. Appended last, so Repair adds it at the end of an existing table.
  { key: "pauseLossProbability", header: "Pause loss probability", kind: "fraction" },
] as const satisfies readonly Field[];

export const WorkbookSettings = recordObject(SETTINGS_FIELDS);
export type WorkbookSettings = z.infer<typeof WorkbookSettings>;

/**
 * The chance of losing money above which a review suggests Pause (a fraction, 0.5 = 50%): when a contract's
 * simulated P(value < 0) is above it and its evidence is below Financial. Used while Pause loss probability is blank.
 */
export const DEFAULT_PAUSE_LOSS_PROBABILITY = 0.5;

/** The workbook's Pause loss probability (a fraction), or the default while it is blank. */
export const pauseLossProbability = (settings: Pick<WorkbookSettings, "pauseLossProbability">): number => settings.pauseLossProbability ?? DEFAULT_PAUSE_LOSS_PROBABILITY;

/** The settings of a workbook that has none yet: quarters of a calendar year, no discounting, no currency label. */
export const DEFAULT_SETTINGS: WorkbookSettings = { ...blankRecord(SETTINGS_FIELDS), discountRate: 0 };

const pad = (n: number): string => String(n).padStart(2, "0");

/** The length of a period in months. */
export const monthsIn = (kind: PeriodKind): number => (kind === "Month" ? 1 : 3);

/**
 * The first day (ISO yyyy-mm-dd) of the period holding an ISO date: its month's first day, or for
 * quarters the first day of the fiscal quarter (fiscal year starting on the 1st of `fiscalYearStart`).
 */
export function periodStart(iso: string, settings: Pick<WorkbookSettings, "period" | "fiscalYearStart">): string {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const length = monthsIn(settings.period);
  const offset = MONTHS.indexOf(settings.fiscalYearStart);
  // Months since the fiscal year's first month, rounded down to the period.
  const into = (((month - 1 - offset) % 12) + 12) % 12;
  const back = into % length;
  const total = year * 12 + (month - 1) - back;
  return `${Math.floor(total / 12)}-${pad((total % 12) + 1)}-01`;
}

/** The first day of the period `count` periods after the one starting on `start` (ISO; count may be negative). */
export function addPeriods(start: string, count: number, kind: PeriodKind): string {
  const total = Number(start.slice(0, 4)) * 12 + Number(start.slice(5, 7)) - 1 + count * monthsIn(kind);
  return `${Math.floor(total / 12)}-${pad((total % 12) + 1)}-01`;
}

/** Whether an ISO date is the first day of a period under these settings. */
export const isPeriodStart = (iso: string, settings: Pick<WorkbookSettings, "period" | "fiscalYearStart">): boolean => periodStart(iso, settings) === iso;

/**
 * How a period reads to a person: "2026-03" for a month, "Q1 FY2026" for a quarter, where a fiscal year
 * is named by the calendar year it ends in (a year from April 2025 to March 2026 is FY2026) and a
 * calendar year by itself.
 */
export function periodLabel(start: string, settings: Pick<WorkbookSettings, "period" | "fiscalYearStart">): string {
  if (settings.period === "Month") return start.slice(0, 7);
  const year = Number(start.slice(0, 4));
  const month = Number(start.slice(5, 7));
  const offset = MONTHS.indexOf(settings.fiscalYearStart);
  const into = (((month - 1 - offset) % 12) + 12) % 12;
  const quarter = Math.floor(into / 3) + 1;
  // The fiscal year ends in the calendar year of its last month.
  const endsIn = offset === 0 ? year : month - 1 >= offset ? year + 1 : year;
  return `Q${quarter} FY${endsIn}`;
}

/** The last day (ISO) of the period starting on `start`. */
export function periodEnd(start: string, kind: PeriodKind): string {
  const next = addPeriods(start, 1, kind);
  const year = Number(next.slice(0, 4));
  const month = Number(next.slice(5, 7));
  const lastYear = month === 1 ? year - 1 : year;
  const lastMonth = month === 1 ? 12 : month - 1;
  return `${lastYear}-${pad(lastMonth)}-${pad(daysInMonth(lastYear, lastMonth))}`;
}
