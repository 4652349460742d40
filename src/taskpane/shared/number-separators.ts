import { DEFAULT_SEPARATORS, type NumberSeparators } from "../../domain/money-parse";

const cache = new Map<string, NumberSeparators>();

/**
 * The thousands and decimal separators of a locale, as Intl writes 12345.6 in it: what the amount
 * fields accept and write. Falls back to "," and "." when Intl does not say.
 */
export function numberSeparators(locale: string): NumberSeparators {
  const known = cache.get(locale);
  if (known) return known;
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  const group = parts.find((part) => part.type === "group")?.value ?? DEFAULT_SEPARATORS.group;
  const decimal = parts.find((part) => part.type === "decimal")?.value ?? DEFAULT_SEPARATORS.decimal;
  const separators = group === decimal ? DEFAULT_SEPARATORS : { group, decimal };
  cache.set(locale, separators);
  return separators;
}
