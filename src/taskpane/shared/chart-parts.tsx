import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

/**
 * What the pane's hand-drawn charts share: the figure's frame and caption, the small HTML labels beside
 * the SVG (so they neither scale nor overlap at 270 px), the legend, the figures table behind <details>,
 * and how amounts and chances are written on them. The J-curve set the pattern; the uncertainty charts follow it.
 */

/** The plot area of a line chart (J-curve, loss exceedance), px: the HTML labels beside it are placed by percent of it. */
export const LINE_PLOT_HEIGHT = 140;

export const useChartStyles = makeStyles({
  figure: { margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  caption: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  small: { fontSize: tokens.fontSizeBase100, lineHeight: tokens.lineHeightBase100, color: tokens.colorNeutralForeground3, fontVariantNumeric: "tabular-nums" },
  legend: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXXS },
  key: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, fontSize: tokens.fontSizeBase200 },
  summary: { cursor: "pointer", fontSize: tokens.fontSizeBase200 },
  // A line chart: HTML amounts to the left of a stretching SVG, first and last categories below it.
  plot: { display: "grid", gridTemplateColumns: "auto minmax(0, 1fr)", columnGap: tokens.spacingHorizontalXS, paddingTop: tokens.spacingVerticalS },
  yAxis: { position: "relative", height: `${LINE_PLOT_HEIGHT}px`, minWidth: "32px" },
  yLabel: { position: "absolute", right: 0, transform: "translateY(-50%)", whiteSpace: "nowrap" },
  svg: {
    display: "block",
    width: "100%",
    height: `${LINE_PLOT_HEIGHT}px`,
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflow: "visible",
  },
  xAxis: { gridColumnStart: 2, display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalS, paddingTop: tokens.spacingVerticalXXS },
  // Its two lines, told apart by dashes as well as colour: the reference (plan, without) and the outcome (realised, with).
  dashedLine: {
    fill: "none",
    stroke: tokens.colorNeutralForeground3,
    strokeWidth: 2,
    strokeDasharray: "5 4",
    "@media (forced-colors: active)": { stroke: "CanvasText" },
  },
  solidLine: { fill: "none", stroke: tokens.colorBrandForeground1, strokeWidth: 2.5, "@media (forced-colors: active)": { stroke: "Highlight" } },
  tableWrap: {
    overflowX: "auto",
    maxWidth: "100%",
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  table: {
    borderCollapse: "collapse",
    width: "100%",
    fontSize: tokens.fontSizeBase200,
    fontVariantNumeric: "tabular-nums",
    "& th, & td": { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
    "& th": { textAlign: "left", fontWeight: tokens.fontWeightSemibold },
    "& td:not(:first-child), & th:not(:first-child)": { textAlign: "right" },
  },
});

/** A compact amount for an axis ("450k", "-1.2M" in en-GB): display only. */
export function compactAmount(amount: number, locale: string): string {
  return new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1 }).format(amount);
}

/**
 * A probability (a fraction) as a percentage: whole percentages from 10%, one decimal below that, so
 * a 0.4% chance of a loss does not read as "0%", and "under 0.1%" / "over 99.9%" rather than 0% or 100%
 * for a chance that is neither.
 */
export function formatChance(fraction: number, locale: string): string {
  const percent = (value: number, digits: number) => new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: digits }).format(value);
  if (fraction > 0 && fraction < 0.001) return `under ${percent(0.001, 1)}`;
  if (fraction < 1 && fraction > 0.999) return `over ${percent(0.999, 1)}`;
  return percent(fraction, fraction < 0.1 ? 1 : 0);
}

/** The chance that `subject` ("the value") is below zero, in words: "5% chance the value is below zero". */
export function belowZeroWords(probability: number, subject: string, locale: string): string {
  if (probability === 0) return `no trial put ${subject} below zero`;
  if (probability === 1) return `every trial put ${subject} below zero`;
  return `${formatChance(probability, locale)} chance ${subject} is below zero`;
}

/**
 * A chart's figures as a table, in a wrapper that scrolls sideways when the table is wider than the pane
 * (the J-curve's five columns need 259 px; 246 px are left at 270 px). A region that scrolls must take
 * keyboard focus so it can be scrolled without a mouse (axe's scrollable-region-focusable): so the wrapper
 * is a tab stop, named by the caption. Tables sit behind <details>, so the stop is there only when opened.
 */
export function FiguresTable({ caption, captionClassName, className, children }: { readonly caption: string; readonly captionClassName?: string; readonly className?: string; readonly children: ReactNode }) {
  const styles = useChartStyles();
  return (
    <div className={styles.tableWrap} role="region" aria-label={caption} tabIndex={0}>
      <table className={mergeClasses(styles.table, className)}>
        <caption className={captionClassName ?? styles.small}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}

/** A short line in a legend entry, drawn as the chart draws the line it names. */
export function Swatch({ className }: { readonly className: string }) {
  return (
    <svg width="24" height="8" viewBox="0 0 24 8" aria-hidden="true" focusable="false">
      <line className={className} x1="0" x2="24" y1="4" y2="4" />
    </svg>
  );
}

/** A small block in a legend entry, filled or outlined as the chart draws the area it names. */
export function AreaSwatch({ className }: { readonly className: string }) {
  return (
    <svg width="16" height="10" viewBox="0 0 16 10" aria-hidden="true" focusable="false">
      <rect className={className} x="0.5" y="0.5" width="15" height="9" />
    </svg>
  );
}

/**
 * x positions (percent of the width, 0 to 100) of amounts from `low` to `high`, with `pad` of the span
 * left blank at each end; a span of 0 is widened to 1 so a single amount sits in the middle.
 */
export function linearScale(low: number, high: number, pad = 0.04): (amount: number) => number {
  const span = high - low || 1;
  const start = high === low ? low - 0.5 : low - span * pad;
  const width = high === low ? 1 : span * (1 + 2 * pad);
  return (amount) => ((amount - start) / width) * 100;
}

/**
 * Rows for labels placed at x positions (percent), so that no two labels on a row are closer than
 * `gap` percent: the first row that has room takes each label, in order of position.
 */
export function labelRows(positions: readonly number[], gap: number): number[] {
  const order = positions.map((at, index) => ({ at, index })).sort((a, b) => a.at - b.at);
  const lastOnRow: number[] = [];
  const rows = new Array<number>(positions.length).fill(0);
  for (const { at, index } of order) {
    let row = lastOnRow.findIndex((last) => at - last >= gap);
    if (row === -1) row = lastOnRow.length;
    lastOnRow[row] = at;
    rows[index] = row;
  }
  return rows;
}

/** A label's horizontal anchor: centred on its position, but kept inside the plot near either edge. */
export function anchorAt(at: number): { readonly left: string; readonly transform: string } {
  const shift = at < 8 ? "0" : at > 92 ? "-100%" : "-50%";
  return { left: `${Math.min(100, Math.max(0, at))}%`, transform: `translateX(${shift})` };
}
