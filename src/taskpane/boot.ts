import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import { PRODUCT_LOCALE } from "./shared/display-format";

/**
 * What the composition root (index.tsx) learns before it renders: which host the pane runs in, the
 * theme, the locale for dates and amounts, and the preview's options from the page's URL. Each reads
 * Office defensively: outside Office, or on a host that lacks a part, the answer falls back.
 */

/**
 * Which host the pane runs in. Office.onReady() resolves with { host: null } in a plain browser, and
 * never resolves if office.js was blocked, so it is raced against a timeout (then: no host).
 */
export interface HostInfo {
  /** "Excel" inside Excel; null in a plain browser (the preview). */
  readonly host: string | null;
  /** True when Office did not answer in time (office.js blocked or very slow). */
  readonly timedOut: boolean;
  /** False when office.js never loaded (Microsoft's CDN unreachable, or blocked): no Office object at all. */
  readonly officeLoaded: boolean;
}

export const OFFICE_READY_TIMEOUT_MS = 3000;

export function detectHost(timeoutMs = OFFICE_READY_TIMEOUT_MS): Promise<HostInfo> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return Promise.resolve({ host: null, timedOut: false, officeLoaded: false });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<HostInfo>((resolve) => {
    timer = setTimeout(() => resolve({ host: null, timedOut: true, officeLoaded: true }), timeoutMs);
  });
  const ready = Office.onReady().then(
    (info): HostInfo => ({ host: info.host ? String(info.host) : null, timedOut: false, officeLoaded: true }),
    (): HostInfo => ({ host: null, timedOut: false, officeLoaded: true }),
  );
  return Promise.race([ready, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Whether this Excel offers ExcelApi `version` (Office.context.requirements.isSetSupported, as Microsoft's
 * "Excel JavaScript API requirement sets" page checks it at runtime). Ask only once Office reported a host.
 * False when Office cannot say (no requirements object, or it throws): then the tables cannot be relied on.
 */
export function excelApiSupported(version: string): boolean {
  try {
    return Office.context.requirements.isSetSupported("ExcelApi", version) === true;
  } catch {
    return false;
  }
}

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

/** What Office says about its theme (Office.context.officeTheme); any part may be missing (office-js #6134). */
export interface OfficeThemeInfo {
  readonly isDarkTheme?: boolean | undefined;
  readonly bodyBackgroundColor?: string | undefined;
  readonly bodyForegroundColor?: string | undefined;
}

const HEX_COLOUR = /^#[0-9a-f]{6}$/i;

/**
 * The Fluent theme for the pane: Office's light or dark choice when it gives one, else the browser's
 * prefers-color-scheme. The neutral background and foreground follow Office's body colours when given,
 * so the pane matches the host around it. Excel has no theme-change event: this is read once at start.
 */
export function paneTheme(office: OfficeThemeInfo | null, prefersDark: boolean): Theme {
  const dark = office?.isDarkTheme ?? prefersDark;
  const base = dark ? webDarkTheme : webLightTheme;
  const background = office?.bodyBackgroundColor;
  const foreground = office?.bodyForegroundColor;
  if (office?.isDarkTheme === undefined || !background || !foreground || !HEX_COLOUR.test(background) || !HEX_COLOUR.test(foreground)) {
    return base;
  }
  return { ...base, colorNeutralBackground1: background, colorNeutralForeground1: foreground };
}

/** Office's theme, read defensively: outside Office, or on hosts that lack it, the answer is null. */
export function readOfficeTheme(): OfficeThemeInfo | null {
  try {
    if (typeof Office === "undefined") return null;
    const theme = Office.context?.officeTheme;
    if (!theme) return null;
    return { isDarkTheme: theme.isDarkTheme, bodyBackgroundColor: theme.bodyBackgroundColor, bodyForegroundColor: theme.bodyForegroundColor };
  } catch {
    // Some hosts throw when the theme API is not supported: fall back to the browser's preference.
    return null;
  }
}

export function prefersDarkScheme(): boolean {
  return typeof window !== "undefined" && typeof window.matchMedia === "function" && window.matchMedia("(prefers-color-scheme: dark)").matches;
}

/** Options of the preview read from the page's URL (read before the preview chunk is loaded). */
/** The number of extra preview contracts asked for (?previewContracts=500), 0 to 5,000. Only the preview reads it. */
export function requestedExtraContracts(search: string): number {
  const value = Number(new URLSearchParams(search).get("previewContracts") ?? "0");
  return Number.isInteger(value) && value > 0 ? Math.min(value, 5000) : 0;
}
