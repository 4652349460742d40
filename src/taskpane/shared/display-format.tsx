import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { NumberSeparators } from "../../domain/money-parse";
import { formatAmount, formatDate, formatShare, PRODUCT_LOCALE } from "./format";
import { numberSeparators } from "./number-separators";

/** How the pane writes amounts, shares and dates, and reads typed amounts, in one locale. */
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
