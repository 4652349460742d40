import { createContext, useContext, useMemo, type ReactNode } from "react";
import { DEFAULT_SEPARATORS, type NumberSeparators } from "../../domain/money-parse";

/**
 * How the pane writes amounts, shares and dates, and reads typed amounts, in one locale. Amounts and
 * dates are formatted here for display only: the numbers passed in are never rounded for calculation,
 * and nothing formatted is read back. The locale is the one the composition root chose (boot.ts);
 * nothing here reads the browser's or Office's globals.
 */

/** The product's own language: the locale when neither Office nor the browser names one. */
export const PRODUCT_LOCALE = "en-GB";

/**
 * One formatter per locale and kind, built on first use: Intl constructors are slow next to format(),
 * and these run for every row of a list and every figure on every keystroke.
 */
function cached<F>(formats: Map<string, F>, locale: string, make: (locale: string) => F): F {
  let format = formats.get(locale);
  if (!format) {
    format = make(locale);
    formats.set(locale, format);
  }
  return format;
}

const amountFormats = new Map<string, Intl.NumberFormat>();
const shareFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const separatorsByLocale = new Map<string, NumberSeparators>();

/** An amount in the workbook's currency as whole units with group separators, e.g. "1,450,000" or "-95,000". */
export function formatAmount(amount: number | null, locale: string): string {
  if (amount === null || !Number.isFinite(amount)) return "–";
  // Intl rounds -0.4 to "-0": show a plain 0 instead.
  const text = cached(amountFormats, locale, (l) => new Intl.NumberFormat(l, { maximumFractionDigits: 0 })).format(amount);
  return /^-0$/.test(text) ? "0" : text;
}

/** A share as a whole percentage, e.g. 0.254 -> "25%". */
export function formatShare(fraction: number, locale: string): string {
  return cached(shareFormats, locale, (l) => new Intl.NumberFormat(l, { style: "percent", maximumFractionDigits: 0 })).format(fraction);
}

/** An ISO date (yyyy-mm-dd) as a short readable date, e.g. "5 Mar 2026" in en-GB; "–" when there is none. */
export function formatDate(iso: string | null, locale: string): string {
  if (!iso) return "–";
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return cached(dateFormats, locale, (l) => new Intl.DateTimeFormat(l, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" })).format(date);
}

/** "1 contract", "3 contracts". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/**
 * The thousands and decimal separators of a locale, as Intl writes 12345.6 in it: what the amount
 * fields accept and write. Falls back to "," and "." when Intl does not say.
 */
export function numberSeparators(locale: string): NumberSeparators {
  return cached(separatorsByLocale, locale, (l) => {
    const parts = new Intl.NumberFormat(l).formatToParts(12345.6);
    const group = parts.find((part) => part.type === "group")?.value ?? DEFAULT_SEPARATORS.group;
    const decimal = parts.find((part) => part.type === "decimal")?.value ?? DEFAULT_SEPARATORS.decimal;
    return group === decimal ? DEFAULT_SEPARATORS : { group, decimal };
  });
}

/** Today's date on the user's clock as ISO yyyy-mm-dd (the local calendar day, not UTC's). */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The pane's formats in one locale, as views read them. */
export interface DisplayFormat {
  readonly locale: string;
  /** The separators amount fields accept and write. */
  readonly separators: NumberSeparators;
  readonly amount: (amount: number | null) => string;
  readonly share: (fraction: number) => string;
  /** ISO yyyy-mm-dd as a short date. */
  readonly date: (iso: string | null) => string;
}

function displayFormat(locale: string): DisplayFormat {
  return {
    locale,
    separators: numberSeparators(locale),
    amount: (amount) => formatAmount(amount, locale),
    share: (fraction) => formatShare(fraction, locale),
    date: (iso) => formatDate(iso, locale),
  };
}

// Views rendered on their own (in tests) get the product's language.
const DisplayFormatContext = createContext<DisplayFormat>(displayFormat(PRODUCT_LOCALE));

/** Hands the locale the composition root chose down to every view. */
export function DisplayFormatProvider({ locale, children }: { readonly locale: string; readonly children: ReactNode }) {
  const format = useMemo(() => displayFormat(locale), [locale]);
  return <DisplayFormatContext.Provider value={format}>{children}</DisplayFormatContext.Provider>;
}

/** The pane's formats, in the locale the composition root chose. */
export function useDisplayFormat(): DisplayFormat {
  return useContext(DisplayFormatContext);
}
