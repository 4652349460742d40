import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { compactAmount, FiguresTable, formatChance, linearScale, Swatch, useChartStyles } from "../shared/chart-parts";
import { useDisplayFormat, type DisplayFormat } from "../shared/display-format";

/**
 * A loss exceedance curve: the chance (0 to 100%) that the annual loss is more than each threshold,
 * without the intervention (dashed) and with it (solid), so the gap between them is the risk it takes
 * away. Lines join the given thresholds straight, as the figures table lists them. The percentages to
 * the left and the first and last thresholds below are HTML, so they keep their size at 270 px.
 */

const useStyles = makeStyles({
  grid: { stroke: tokens.colorNeutralStroke3, strokeWidth: 1, "@media (forced-colors: active)": { stroke: "GrayText" } },
});

/** Probabilities (fractions, 0 to 1) that the annual loss exceeds each threshold (currency a year), ascending thresholds. */
export interface ExceedanceCurveProps {
  readonly thresholds: readonly number[];
  readonly without: readonly number[];
  readonly with: readonly number[];
}

/** The indexes the sentence reads: the first, the middle and the last threshold. */
function spokenIndexes(count: number): number[] {
  return [...new Set([0, Math.floor((count - 1) / 2), count - 1])].filter((index) => index >= 0);
}

/** The curves in a sentence with their numbers, at the first, middle and last thresholds. */
export function exceedanceSummary(props: ExceedanceCurveProps, format: Pick<DisplayFormat, "amount" | "locale">): string {
  const { thresholds, without } = props;
  if (thresholds.length === 0) return "Loss exceedance: no thresholds.";
  const indexes = spokenIndexes(thresholds.length);
  const chance = (values: readonly number[]) => indexes.map((index) => formatChance(values[index] ?? 0, format.locale));
  const at = indexes.map((index) => format.amount(thresholds[index] ?? null));
  const list = (items: readonly string[]) => (items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`);
  const withoutWords = list(chance(without).map((value, index) => `${value} at ${at[index]}`));
  return `Chance the annual loss exceeds a threshold from ${at[0]} to ${at[at.length - 1]}: without the intervention ${withoutWords}; with it ${list(chance(props.with))}.`;
}

/** @throws RangeError when the three lists differ in length (a caller's bug). */
export function ExceedanceCurve(props: ExceedanceCurveProps) {
  const { thresholds, without } = props;
  const withIt = props.with;
  const styles = { ...useChartStyles(), ...useStyles() };
  const format = useDisplayFormat();
  const captionId = useId();
  if (without.length !== thresholds.length || withIt.length !== thresholds.length) {
    throw new RangeError(`Loss exceedance: ${thresholds.length} thresholds, ${without.length} chances without and ${withIt.length} with.`);
  }
  const first = thresholds[0];
  const last = thresholds[thresholds.length - 1];
  if (first === undefined || last === undefined) return null;
  const x = linearScale(first, last, 0);
  // 0 at the bottom, 100% at the top; a sliver of room so a line at 100% is not cut by the edge.
  const y = (probability: number) => 100 - probability * 98;
  const line = (values: readonly number[]) => thresholds.map((threshold, index) => `${x(threshold)},${y(values[index] ?? 0)}`).join(" ");
  const percent = (fraction: number) => new Intl.NumberFormat(format.locale, { style: "percent" }).format(fraction);
  return (
    <figure className={styles.figure} aria-labelledby={captionId}>
      <figcaption id={captionId} className={styles.caption}>
        Chance the annual loss exceeds each amount
      </figcaption>
      <div role="img" aria-label={exceedanceSummary(props, format)} className={styles.plot}>
        <div className={styles.yAxis}>
          {[1, 0.5, 0].map((probability) => (
            <span key={probability} className={mergeClasses(styles.yLabel, styles.small)} style={{ top: `${y(probability)}%` }}>
              {percent(probability)}
            </span>
          ))}
        </div>
        <svg className={styles.svg} viewBox="0 0 100 100" preserveAspectRatio="none" focusable="false" aria-hidden="true">
          <line className={styles.grid} x1="0" x2="100" y1={y(0.5)} y2={y(0.5)} vectorEffect="non-scaling-stroke" />
          <polyline className={styles.dashedLine} points={line(without)} vectorEffect="non-scaling-stroke" />
          <polyline className={styles.solidLine} points={line(withIt)} vectorEffect="non-scaling-stroke" />
        </svg>
        <div className={mergeClasses(styles.xAxis, styles.small)}>
          <span>{compactAmount(first, format.locale)}</span>
          {last !== first && <span>{compactAmount(last, format.locale)}</span>}
        </div>
      </div>
      <ul className={styles.legend} aria-label="Legend">
        <li className={styles.key}>
          <Swatch className={styles.dashedLine} />
          Without the intervention (dashed)
        </li>
        <li className={styles.key}>
          <Swatch className={styles.solidLine} />
          With it (solid)
        </li>
      </ul>
      <details>
        <summary className={styles.summary}>Figures by threshold</summary>
        <FiguresTable caption="Chance the annual loss exceeds each threshold">
          <thead>
            <tr>
              <th scope="col">Loss over</th>
              <th scope="col">Without</th>
              <th scope="col">With</th>
            </tr>
          </thead>
          <tbody>
            {thresholds.map((threshold, index) => (
              <tr key={index}>
                <th scope="row">{format.amount(threshold)}</th>
                <td>{formatChance(without[index] ?? 0, format.locale)}</td>
                <td>{formatChance(withIt[index] ?? 0, format.locale)}</td>
              </tr>
            ))}
          </tbody>
        </FiguresTable>
      </details>
    </figure>
  );
}
