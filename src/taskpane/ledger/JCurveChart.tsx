import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import type { JCurveBand } from "../../domain/jcurve-band";
import type { JCurvePoint } from "../../domain/ledger-figures";
import { AreaSwatch, compactAmount, FiguresTable, Swatch, useChartStyles } from "../shared/chart-parts";
import { useDisplayFormat, type DisplayFormat } from "../shared/display-format";

/**
 * The J-curve of one contract as plain SVG: cumulative plan (dashed) and cumulative realised value
 * (solid) at the end of each period, from 0 before the first period, with the zero line. Hand-drawn:
 * two polylines need no chart package in the bundle. The SVG stretches to the pane's width while its
 * labels are HTML beside it, so they neither scale nor overlap at 270 px: the first and last periods
 * below, the highest, lowest and zero amounts to the left. Dashes tell the lines apart without colour;
 * the chart's name says what it shows in numbers, and a table behind <details> lists every period.
 * Where the plan's lines have ranges, a shaded band from the cumulative plan's P10 to its P90 sits
 * behind the lines (outlined in dots in high contrast, where a fill would hide them).
 */

/** Share of the amount range left blank above and below the lines. */
const PAD = 0.06;
/** A zero label closer than this (percent of the height) to the top or bottom label is left out. */
const MIN_GAP = 14;

const useStyles = makeStyles({
  zero: { stroke: tokens.colorNeutralStroke1, strokeWidth: 1, "@media (forced-colors: active)": { stroke: "GrayText" } },
  band: {
    fill: tokens.colorBrandBackground2,
    stroke: "none",
    "@media (forced-colors: active)": { fill: "none", stroke: "CanvasText", strokeWidth: 1, strokeDasharray: "1 3" },
  },
});

/** The cumulative plan's P10 (low) and P90 (high) at the end of each period, one per J-curve point (jcurve-band.ts). */
export type { JCurveBand };

interface Geometry {
  readonly plan: string;
  readonly realised: string;
  /** The band's outline (its high edge forwards, its low edge back), "" without a band. */
  readonly band: string;
  /** The zero line's height, percent from the top. */
  readonly zero: number;
  readonly low: number;
  readonly high: number;
  readonly y: (amount: number) => number;
}

/** Points in a 100 x 100 box: x by period end (0 = the first period's start), y by amount (0 at the top). */
function geometry(points: readonly JCurvePoint[], band: JCurveBand | null): Geometry {
  const amounts = [
    0,
    ...points.flatMap((point) => (point.cumulativeRealised === null ? [point.cumulativePlan] : [point.cumulativePlan, point.cumulativeRealised])),
    ...(band === null ? [] : [...band.cumulativeLow, ...band.cumulativeHigh]),
  ];
  const low = Math.min(...amounts);
  const high = Math.max(...amounts);
  const span = high - low || 1;
  const bottom = low - span * PAD;
  const range = span * (1 + 2 * PAD);
  const y = (amount: number): number => 100 - ((amount - bottom) / range) * 100;
  const x = (index: number): number => (index / points.length) * 100;
  const line = (amounts: readonly number[]): string => [0, ...amounts].map((amount, index) => `${x(index)},${y(amount)}`).join(" ");
  const realised = points.flatMap((point) => (point.cumulativeRealised === null ? [] : [point.cumulativeRealised]));
  // Both edges start from 0 before the first period, as the plan does: the outline returns along the low edge.
  const outline =
    band === null
      ? ""
      : [
          line(band.cumulativeHigh),
          [...band.cumulativeLow]
            .reverse()
            .map((amount, index) => `${x(band.cumulativeLow.length - index)},${y(amount)}`)
            .join(" "),
        ].join(" ");
  return { plan: line(points.map((point) => point.cumulativePlan)), realised: realised.length > 0 ? line(realised) : "", band: outline, zero: y(0), low, high, y };
}

/** What the chart shows, in a sentence with its numbers: the accessible name of the image. */
export function jCurveSummary(points: readonly JCurvePoint[], format: Pick<DisplayFormat, "amount">, band: JCurveBand | null = null): string {
  const first = points[0];
  const last = points[points.length - 1];
  if (first === undefined || last === undefined) return "J-curve: no periods yet.";
  const measured = points.filter((point) => point.cumulativeRealised !== null);
  const lastMeasured = measured[measured.length - 1];
  const span = first === last ? first.label : `${first.label} to ${last.label}`;
  const lowest = Math.min(0, ...measured.map((point) => point.cumulativeRealised ?? 0));
  const realised =
    lastMeasured === undefined
      ? "nothing realised is measured yet"
      : `cumulative realised value ${format.amount(lastMeasured.cumulativeRealised)} at ${lastMeasured.label}, lowest ${format.amount(lowest)}`;
  const lastIndex = points.length - 1;
  const range = band === null ? "" : ` (P10 ${format.amount(band.cumulativeLow[lastIndex] ?? null)} to P90 ${format.amount(band.cumulativeHigh[lastIndex] ?? null)})`;
  return `J-curve over ${points.length} ${points.length === 1 ? "period" : "periods"}, ${span}: cumulative plan ${format.amount(last.cumulativePlan)}${range} at ${last.label}; ${realised}.`;
}

export interface JCurveChartProps {
  readonly points: readonly JCurvePoint[];
  /** The plan's P10-P90 band, per period as the points are; leave it out where no line has a range. */
  readonly band?: JCurveBand;
}

/**
 * The chart, its legend, and the figures per period for anyone who cannot see it.
 * @throws RangeError when the band has not one amount per point (a caller's bug).
 */
export function JCurveChart({ points, band: bandProp }: JCurveChartProps) {
  const styles = { ...useChartStyles(), ...useStyles() };
  const format = useDisplayFormat();
  const band = bandProp ?? null;
  if (band !== null && (band.cumulativeLow.length !== points.length || band.cumulativeHigh.length !== points.length)) {
    throw new RangeError(`J-curve band: ${band.cumulativeLow.length} low and ${band.cumulativeHigh.length} high amounts for ${points.length} periods.`);
  }
  const shape = useMemo(() => geometry(points, band), [points, band]);
  const first = points[0];
  const last = points[points.length - 1];
  if (first === undefined || last === undefined) return null;
  const yLabels: Array<readonly [number, number]> = [[shape.high, shape.y(shape.high)]];
  if (shape.low !== shape.high) yLabels.push([shape.low, shape.y(shape.low)]);
  if (yLabels.every(([, at]) => Math.abs(at - shape.zero) >= MIN_GAP)) yLabels.push([0, shape.zero]);
  return (
    <figure className={styles.figure} aria-labelledby="jcurve-caption">
      <figcaption id="jcurve-caption" className={styles.caption}>
        J-curve: cumulative plan and realised value
      </figcaption>
      <div role="img" aria-label={jCurveSummary(points, format, band)} className={styles.plot}>
        <div className={styles.yAxis}>
          {yLabels.map(([amount, at]) => (
            <span key={amount} className={mergeClasses(styles.yLabel, styles.small)} style={{ top: `${at}%` }}>
              {compactAmount(amount, format.locale)}
            </span>
          ))}
        </div>
        <svg className={styles.svg} viewBox="0 0 100 100" preserveAspectRatio="none" focusable="false" aria-hidden="true">
          {shape.band !== "" && <polygon className={styles.band} points={shape.band} vectorEffect="non-scaling-stroke" />}
          <line className={styles.zero} x1="0" x2="100" y1={shape.zero} y2={shape.zero} vectorEffect="non-scaling-stroke" />
          <polyline className={styles.dashedLine} points={shape.plan} vectorEffect="non-scaling-stroke" />
          {shape.realised !== "" && <polyline className={styles.solidLine} points={shape.realised} vectorEffect="non-scaling-stroke" />}
        </svg>
        <div className={mergeClasses(styles.xAxis, styles.small)}>
          <span>{first.label}</span>
          {last !== first && <span>{last.label}</span>}
        </div>
      </div>
      <ul className={styles.legend} aria-label="Legend">
        <li className={styles.key}>
          <Swatch className={styles.dashedLine} />
          Cumulative plan (dashed)
        </li>
        <li className={styles.key}>
          <Swatch className={styles.solidLine} />
          Cumulative realised (solid)
        </li>
        {band !== null && (
          <li className={styles.key}>
            <AreaSwatch className={styles.band} />
            Plan P10 to P90 (shaded)
          </li>
        )}
      </ul>
      <details>
        <summary className={styles.summary}>Figures by period</summary>
        <FiguresTable caption="Cumulative amounts at the end of each period">
          <thead>
            <tr>
              <th scope="col">Period</th>
              <th scope="col">Plan</th>
              {band !== null && <th scope="col">P10</th>}
              {band !== null && <th scope="col">P90</th>}
              <th scope="col">Realised</th>
            </tr>
          </thead>
          <tbody>
            {points.map((point, index) => (
              <tr key={point.period}>
                <th scope="row">{point.label}</th>
                <td>{format.amount(point.cumulativePlan)}</td>
                {band !== null && <td>{format.amount(band.cumulativeLow[index] ?? null)}</td>}
                {band !== null && <td>{format.amount(band.cumulativeHigh[index] ?? null)}</td>}
                <td>{point.cumulativeRealised === null ? "not measured" : format.amount(point.cumulativeRealised)}</td>
              </tr>
            ))}
          </tbody>
        </FiguresTable>
      </details>
    </figure>
  );
}
