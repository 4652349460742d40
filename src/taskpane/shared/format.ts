/**
 * Display formatting for the pane. Amounts and dates are formatted here, for display only: the
 * numbers passed in are never rounded for calculation, and nothing formatted is read back. Every
 * function takes the pane's locale, which the composition root chooses (boot/locale.ts) and views
 * read from useDisplayFormat: nothing here reads the browser's or Office's globals.
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
