import { PRODUCT_LOCALE } from "../shared/format";

/**
 * The pane's locale, for dates and amounts: the first of the candidates (Office's display language
 * inside Office, then the browser's language) that is a language tag Intl can format in, else the
 * product's own language, en-GB.
 */
export function paneLocale(candidates: ReadonlyArray<string | null | undefined>): string {
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      const [canonical] = Intl.getCanonicalLocales(candidate);
      if (canonical !== undefined && Intl.DateTimeFormat.supportedLocalesOf(canonical).length > 0) return canonical;
    } catch {
      // Not a language tag (Intl throws RangeError): an expected answer from a host, so try the next.
    }
  }
  return PRODUCT_LOCALE;
}

/** Office's UI language (Office.context.displayLanguage, e.g. "de-DE"), or null where there is none. */
export function readOfficeDisplayLanguage(): string | null {
  try {
    if (typeof Office === "undefined") return null;
    const language: unknown = Office.context?.displayLanguage;
    return typeof language === "string" && language !== "" ? language : null;
  } catch {
    // Some hosts throw for a context property they lack: then Office names no language.
    return null;
  }
}

/** The browser's language (navigator.language), or null where there is none. */
export function browserLanguage(): string | null {
  return typeof navigator !== "undefined" && navigator.language ? navigator.language : null;
}
