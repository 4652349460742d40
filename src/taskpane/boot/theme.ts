import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

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
