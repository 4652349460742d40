import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { SimulationSummary } from "../../domain/portfolio-simulation";
import { AreaSwatch, belowZeroWords, compactAmount, linearScale, Swatch, useChartStyles } from "../shared/chart-parts";
import { useDisplayFormat, type DisplayFormat } from "../shared/display-format";
import { SummaryTable } from "./SummaryTable";

/**
 * One contract's simulated value a year as a single bar, small enough for a row of the contract list
 * or the contract page's header: the P10-P90 band (eight trials in ten fall inside it), the P50 as a
 * solid tick and the plan as a dashed one, the zero line where it falls inside, and the chance of a
 * value below zero in words. Ticks differ by dash and the key names each one, so no colour is needed;
 * the image's name gives the numbers, and a table behind <details> lists them.
 */

const HEIGHT = 16;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  svg: { display: "block", width: "100%", height: `${HEIGHT}px`, overflow: "visible" },
  band: {
    fill: tokens.colorBrandBackground2,
    stroke: tokens.colorBrandStroke1,
    strokeWidth: 1,
    "@media (forced-colors: active)": { fill: "Canvas", stroke: "CanvasText" },
  },
  median: { stroke: tokens.colorNeutralForeground1, strokeWidth: 3, "@media (forced-colors: active)": { stroke: "CanvasText" } },
  plan: { stroke: tokens.colorNeutralForeground1, strokeWidth: 1.5, strokeDasharray: "3 2", "@media (forced-colors: active)": { stroke: "CanvasText" } },
  // As the histogram draws zero; thinner than the P50 tick, solid unlike the plan.
  zero: { stroke: tokens.colorPaletteRedBorder2, strokeWidth: 1.5, "@media (forced-colors: active)": { stroke: "GrayText" } },
  keys: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM, rowGap: 0 },
  keyItem: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXXS, whiteSpace: "nowrap" },
  chance: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, overflowWrap: "anywhere" },
});

export interface RangeBandProps {
  readonly contractId: string;
  /** Planned value a year: the lines at their plans. */
  readonly planned: number;
  readonly summary: SimulationSummary;
  /**
   * The figures table behind <details> (default true). A list row that opens the contract on click can
   * leave it out: the image's name already gives every number, and a second control in the row would
   * fight the row's own arrow-key navigation.
   */
  readonly figures?: boolean;
}

/** The band in a sentence with its numbers: the accessible name of the image. */
export function rangeBandSummary({ contractId, planned, summary }: RangeBandProps, format: Pick<DisplayFormat, "amount" | "locale">): string {
  const chance = belowZeroWords(summary.probabilityBelowZero, "the value", format.locale);
  return `${contractId}: planned value ${format.amount(planned)} a year; simulated P10 ${format.amount(summary.p10)}, P50 ${format.amount(summary.p50)}, P90 ${format.amount(summary.p90)}; ${chance}.`;
}

export function RangeBand(props: RangeBandProps) {
  const { contractId, planned, summary, figures = true } = props;
  const styles = { ...useChartStyles(), ...useStyles() };
  const format = useDisplayFormat();
  const shown = [summary.p10, summary.p50, summary.p90, planned];
  const low = Math.min(...shown);
  const high = Math.max(...shown);
  const x = linearScale(low, high, 0.06);
  const zero = x(0);
  const drawZero = zero >= 0 && zero <= 100;
  const compact = (amount: number) => compactAmount(amount, format.locale);
  const chance = belowZeroWords(summary.probabilityBelowZero, "the value", format.locale);
  return (
    <div className={styles.root}>
      <div role="img" aria-label={rangeBandSummary(props, format)} className={styles.root}>
        <svg className={styles.svg} viewBox={`0 0 100 ${HEIGHT}`} preserveAspectRatio="none" focusable="false" aria-hidden="true">
          {drawZero && <line className={styles.zero} x1={zero} x2={zero} y1="0" y2={HEIGHT} vectorEffect="non-scaling-stroke" />}
          <rect className={styles.band} x={x(summary.p10)} width={Math.max(0, x(summary.p90) - x(summary.p10))} y="3" height={HEIGHT - 6} vectorEffect="non-scaling-stroke" />
          <line className={styles.median} x1={x(summary.p50)} x2={x(summary.p50)} y1="1" y2={HEIGHT - 1} vectorEffect="non-scaling-stroke" />
          <line className={styles.plan} x1={x(planned)} x2={x(planned)} y1="0" y2={HEIGHT} vectorEffect="non-scaling-stroke" />
        </svg>
        <div className={mergeClasses(styles.keys, styles.small)}>
          <span className={styles.keyItem}>
            <AreaSwatch className={styles.band} />
            P10–P90 {compact(summary.p10)} to {compact(summary.p90)}
          </span>
          <span className={styles.keyItem}>
            <Swatch className={styles.median} />
            P50 {compact(summary.p50)}
          </span>
          <span className={styles.keyItem}>
            <Swatch className={styles.plan} />
            Plan {compact(planned)}
          </span>
          {drawZero && (
            <span className={styles.keyItem}>
              <Swatch className={styles.zero} />
              Zero
            </span>
          )}
        </div>
        <span className={styles.chance}>{chance.charAt(0).toUpperCase() + chance.slice(1)}</span>
      </div>
      {figures && (
        <details>
          <summary className={styles.summary}>Figures</summary>
          <SummaryTable caption={`${contractId}: simulated value a year`} planned={planned} summary={summary} />
        </details>
      )}
    </div>
  );
}
