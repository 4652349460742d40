import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { TornadoBar } from "../../domain/portfolio-simulation";
import { AreaSwatch, compactAmount, FiguresTable, linearScale, Swatch, useChartStyles } from "../shared/chart-parts";
import { useDisplayFormat, type DisplayFormat } from "../shared/display-format";

/**
 * Which contract lines move the portfolio most: for each, the portfolio's mean with that line held at
 * its own P10 and at its P90, as a bar across a line at the mean, widest first. The part of a bar above
 * the mean (the line helping) is filled and the part below it (the line hurting) only outlined, so the
 * favourable side shows without colour. Each bar has its label on a row of its own above it, so long
 * Contract IDs and line names wrap instead of squeezing the bars at 270 px; all bars share one scale.
 */

const BAR_HEIGHT = 14;
/** Bars in the sentence: the rest are in the table, or the name would take a minute to hear. */
const SPOKEN = 3;

const useStyles = makeStyles({
  bars: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  label: { display: "block", fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, overflowWrap: "anywhere" },
  svg: { display: "block", width: "100%", height: `${BAR_HEIGHT}px`, overflow: "visible" },
  favourable: {
    fill: tokens.colorBrandBackground,
    stroke: tokens.colorBrandBackground,
    strokeWidth: 1,
    "@media (forced-colors: active)": { fill: "CanvasText", stroke: "CanvasText" },
  },
  unfavourable: {
    fill: tokens.colorNeutralBackground1,
    stroke: tokens.colorNeutralForeground2,
    strokeWidth: 1.5,
    "@media (forced-colors: active)": { fill: "Canvas", stroke: "CanvasText" },
  },
  mean: { stroke: tokens.colorNeutralForeground1, strokeWidth: 2, "@media (forced-colors: active)": { stroke: "CanvasText" } },
  axis: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalS, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalXXS },
});

export interface TornadoChartProps {
  /** The simulation's tornado: widest swing first. */
  readonly bars: readonly TornadoBar[];
  /** The portfolio's mean value a year, the amount every bar swings around. */
  readonly mean: number;
  /** How many bars to draw, from the widest (default 8). */
  readonly top?: number;
}

const barName = (bar: TornadoBar) => `${bar.contractId} · ${bar.line}`;

/** The tornado in a sentence with its numbers: the widest bars, each at its line's P10 and P90. */
export function tornadoSummary({ bars, mean, top = 8 }: TornadoChartProps, format: Pick<DisplayFormat, "amount">): string {
  const shown = bars.slice(0, top);
  if (shown.length === 0) return "Tornado: no contract line has a range yet.";
  const spoken = shown
    .slice(0, SPOKEN)
    .map((bar) => `${barName(bar)}, ${format.amount(bar.low)} at its P10 and ${format.amount(bar.high)} at its P90`)
    .join("; ");
  const rest = shown.length > SPOKEN ? `; ${shown.length - SPOKEN} more in the figures table` : "";
  const which = shown.length === 1 ? "The line that moves" : `The ${shown.length} lines that move`;
  return `${which} the portfolio's mean value of ${format.amount(mean)} a year most, with each line at its own P10 and P90: ${spoken}${rest}.`;
}

export function TornadoChart({ bars, mean, top = 8 }: TornadoChartProps) {
  const styles = { ...useChartStyles(), ...useStyles() };
  const format = useDisplayFormat();
  const captionId = useId();
  const shown = bars.slice(0, top);
  if (shown.length === 0) return null;
  const amounts = [mean, ...shown.flatMap((bar) => [bar.low, bar.high])];
  const low = Math.min(...amounts);
  const high = Math.max(...amounts);
  const x = linearScale(low, high);
  const middle = x(mean);
  return (
    <figure className={styles.figure} aria-labelledby={captionId}>
      <figcaption id={captionId} className={styles.caption}>
        Lines that move the portfolio most
      </figcaption>
      <div role="img" aria-label={tornadoSummary({ bars, mean, top }, format)}>
        <ul className={styles.bars}>
          {shown.map((bar) => {
            const worst = x(Math.min(bar.low, bar.high));
            const best = x(Math.max(bar.low, bar.high));
            return (
              <li key={`${bar.contractId}|${bar.line}`}>
                <span className={styles.label}>{barName(bar)}</span>
                <svg className={styles.svg} viewBox={`0 0 100 ${BAR_HEIGHT}`} preserveAspectRatio="none" focusable="false" aria-hidden="true">
                  {worst < middle && <rect className={styles.unfavourable} data-side="lowers" x={worst} width={middle - worst} y="2" height={BAR_HEIGHT - 4} vectorEffect="non-scaling-stroke" />}
                  {best > middle && <rect className={styles.favourable} data-side="raises" x={middle} width={best - middle} y="2" height={BAR_HEIGHT - 4} vectorEffect="non-scaling-stroke" />}
                  <line className={styles.mean} x1={middle} x2={middle} y1="0" y2={BAR_HEIGHT} vectorEffect="non-scaling-stroke" />
                </svg>
              </li>
            );
          })}
        </ul>
        <div className={mergeClasses(styles.axis, styles.small)}>
          <span>{compactAmount(low, format.locale)}</span>
          <span>{compactAmount(high, format.locale)}</span>
        </div>
      </div>
      <ul className={styles.legend} aria-label="Legend">
        <li className={styles.key}>
          <Swatch className={styles.mean} />
          Mean {format.amount(mean)}
        </li>
        <li className={styles.key}>
          <AreaSwatch className={styles.favourable} />
          Raises the mean (filled)
        </li>
        <li className={styles.key}>
          <AreaSwatch className={styles.unfavourable} />
          Lowers the mean (outlined)
        </li>
      </ul>
      <details>
        <summary className={styles.summary}>Figures by line</summary>
        <FiguresTable caption="Portfolio mean with each line at its P10 and its P90">
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">At P10</th>
              <th scope="col">At P90</th>
              <th scope="col">Swing</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((bar) => (
              <tr key={`${bar.contractId}|${bar.line}`}>
                <th scope="row">{barName(bar)}</th>
                <td>{format.amount(bar.low)}</td>
                <td>{format.amount(bar.high)}</td>
                <td>{format.amount(Math.abs(bar.high - bar.low))}</td>
              </tr>
            ))}
          </tbody>
        </FiguresTable>
      </details>
    </figure>
  );
}
