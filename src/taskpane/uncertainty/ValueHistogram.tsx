import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Histogram, SimulationSummary } from "../../domain/portfolio-simulation";
import { useId } from "react";
import { anchorAt, belowZeroWords, compactAmount, FiguresTable, labelRows, Swatch, useChartStyles } from "../shared/chart-parts";
import { useDisplayFormat, type DisplayFormat } from "../shared/display-format";
import { SummaryTable } from "./SummaryTable";

/**
 * The portfolio's simulated value a year as a histogram: how many trials fell in each bin, with P10,
 * P50 and P90 as labelled dashed lines and the zero line (solid) where it falls inside. Labels are HTML
 * above and below the SVG, stacked on rows of their own when they would touch, so they stay readable at
 * 270 px; the image's name gives the numbers, and a table behind <details> lists every bin.
 */

const HEIGHT = 120;
/**
 * Labels closer than this (percent of the width) go on separate rows: "P50 8.1m" is about 45 px, a
 * fifth of the plot at 270 px (seen in Chromium), and labels are centred on their lines.
 */
const LABEL_GAP = 22;
const ROW_HEIGHT = 16;

const useStyles = makeStyles({
  marks: { position: "relative" },
  mark: { position: "absolute", top: 0, whiteSpace: "nowrap" },
  svg: {
    display: "block",
    width: "100%",
    height: `${HEIGHT}px`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflow: "visible",
  },
  bar: {
    fill: tokens.colorBrandBackground2,
    stroke: tokens.colorBrandStroke1,
    strokeWidth: 1,
    "@media (forced-colors: active)": { fill: "Canvas", stroke: "CanvasText" },
  },
  percentile: { stroke: tokens.colorNeutralForeground1, strokeWidth: 1.5, strokeDasharray: "4 3", "@media (forced-colors: active)": { stroke: "Highlight" } },
  zero: { stroke: tokens.colorPaletteRedBorder2, strokeWidth: 2, "@media (forced-colors: active)": { stroke: "CanvasText" } },
  xAxis: { position: "relative", height: `${ROW_HEIGHT}px`, paddingTop: tokens.spacingVerticalXXS },
  tick: { position: "absolute", whiteSpace: "nowrap" },
  chance: { margin: 0, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, overflowWrap: "anywhere" },
});

export interface ValueHistogramProps {
  readonly histogram: Histogram;
  readonly summary: SimulationSummary;
  readonly trials: number;
}

/** What the histogram shows, in a sentence with its numbers. */
export function valueHistogramSummary({ summary, trials }: Pick<ValueHistogramProps, "summary" | "trials">, format: Pick<DisplayFormat, "amount" | "locale">): string {
  const chance = belowZeroWords(summary.probabilityBelowZero, "the portfolio's value", format.locale);
  return `Portfolio value a year over ${format.amount(trials)} trials: mean ${format.amount(summary.mean)}; P10 ${format.amount(summary.p10)}, P50 ${format.amount(summary.p50)}, P90 ${format.amount(summary.p90)}; ${chance}.`;
}

export function ValueHistogram({ histogram, summary, trials }: ValueHistogramProps) {
  const styles = { ...useChartStyles(), ...useStyles() };
  const format = useDisplayFormat();
  const captionId = useId();
  const { start, width } = histogram;
  // Identical trials (every line certain, or ranges of one amount) give bins of width 0: one bar holds them all.
  const counts = width === 0 ? [histogram.counts.reduce((sum, count) => sum + count, 0)] : histogram.counts;
  const end = start + width * counts.length;
  const span = end - start;
  const x = (amount: number) => (span === 0 ? 50 : ((amount - start) / span) * 100);
  const most = Math.max(1, ...counts);
  const compact = (amount: number) => compactAmount(amount, format.locale);
  const percentiles = [
    ["P10", summary.p10],
    ["P50", summary.p50],
    ["P90", summary.p90],
  ] as const;
  const rows = labelRows(
    percentiles.map(([, amount]) => x(amount)),
    LABEL_GAP,
  );
  const zero = x(0);
  const drawZero = span > 0 && zero >= 0 && zero <= 100;
  const ticks: Array<readonly [string, number]> = [[compact(start), 0]];
  if (span > 0) ticks.push([compact(end), 100]);
  if (drawZero && zero >= LABEL_GAP && zero <= 100 - LABEL_GAP) ticks.push(["0", zero]);
  const chance = belowZeroWords(summary.probabilityBelowZero, "the portfolio's value", format.locale);
  return (
    <figure className={styles.figure} aria-labelledby={captionId}>
      <figcaption id={captionId} className={styles.caption}>
        Portfolio value a year: {format.amount(trials)} trials
      </figcaption>
      <div role="img" aria-label={valueHistogramSummary({ summary, trials }, format)}>
        <div className={mergeClasses(styles.marks, styles.small)} style={{ height: `${(Math.max(...rows) + 1) * ROW_HEIGHT}px` }}>
          {percentiles.map(([label, amount], index) => (
            <span key={label} className={styles.mark} style={{ ...anchorAt(x(amount)), top: `${(rows[index] ?? 0) * ROW_HEIGHT}px` }}>
              {label} {compact(amount)}
            </span>
          ))}
        </div>
        <svg className={styles.svg} viewBox="0 0 100 100" preserveAspectRatio="none" focusable="false" aria-hidden="true">
          {counts.map((count, index) => {
            const left = (index / counts.length) * 100;
            const barWidth = 100 / counts.length;
            const height = (count / most) * 100;
            return <rect key={index} className={styles.bar} x={left} width={barWidth} y={100 - height} height={height} vectorEffect="non-scaling-stroke" />;
          })}
          {drawZero && <line className={styles.zero} x1={zero} x2={zero} y1="0" y2="100" vectorEffect="non-scaling-stroke" />}
          {percentiles.map(([label, amount]) => (
            <line key={label} className={styles.percentile} x1={x(amount)} x2={x(amount)} y1="0" y2="100" vectorEffect="non-scaling-stroke" />
          ))}
        </svg>
        <div className={mergeClasses(styles.xAxis, styles.small)}>
          {ticks.map(([label, at]) => (
            <span key={`${label}@${at}`} className={styles.tick} style={anchorAt(at)}>
              {label}
            </span>
          ))}
        </div>
      </div>
      <p className={styles.chance}>
        {chance.charAt(0).toUpperCase() + chance.slice(1)}.
      </p>
      <ul className={styles.legend} aria-label="Legend">
        <li className={styles.key}>
          <Swatch className={styles.percentile} />
          P10, P50, P90 (dashed)
        </li>
        {drawZero && (
          <li className={styles.key}>
            <Swatch className={styles.zero} />
            Zero (solid)
          </li>
        )}
      </ul>
      <details>
        <summary className={styles.summary}>Figures</summary>
        <SummaryTable caption="Portfolio value a year" planned={null} summary={summary} />
        <FiguresTable caption="Trials by portfolio value a year">
          <thead>
            <tr>
              <th scope="col">From</th>
              <th scope="col">To</th>
              <th scope="col">Trials</th>
            </tr>
          </thead>
          <tbody>
            {counts.map((count, index) => (
              <tr key={index}>
                <td>{format.amount(start + index * width)}</td>
                <td>{format.amount(start + (index + 1) * width)}</td>
                <td>{format.amount(count)}</td>
              </tr>
            ))}
          </tbody>
        </FiguresTable>
      </details>
    </figure>
  );
}
