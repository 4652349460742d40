import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { plural, useDisplayFormat } from "../shared/display-format";
import type { Bucket, PortfolioTotals } from "./portfolio-model";

const useSummaryStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  figures: { display: "flex", flexWrap: "wrap", gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`, margin: 0 },
  figure: { display: "flex", flexDirection: "column", margin: 0 },
  term: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  value: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums" },
  weak: { overflowWrap: "anywhere" },
  details: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  summary: { cursor: "pointer", fontWeight: tokens.fontWeightSemibold, padding: `${tokens.spacingVerticalXXS} 0` },
});

/** Totals of the contracts shown, and how their claimed value splits by evidence level and value class. */
export function PortfolioSummary({ totals }: { readonly totals: PortfolioTotals }) {
  const styles = useSummaryStyles();
  const format = useDisplayFormat();
  const share = totals.plannedValue > 0 ? ` (${format.share(totals.weak.plannedValue / totals.plannedValue)} of the planned value)` : "";
  return (
    <section className={styles.root} aria-label="Portfolio totals">
      <dl className={styles.figures}>
        <div className={styles.figure}>
          <dt className={styles.term}>Planned value</dt>
          <dd className={styles.value}>{format.amount(totals.plannedValue)}</dd>
        </div>
        <div className={styles.figure}>
          <dt className={styles.term}>Lifecycle cost</dt>
          <dd className={styles.value}>{format.amount(totals.lifecycleCost)}</dd>
        </div>
      </dl>
      <Text size={200} className={styles.weak}>
        Only capability value or unsupported optimism: {format.amount(totals.weak.plannedValue)} in{" "}
        {plural(totals.weak.count, "contract")}
        {share}.
      </Text>
      <details className={styles.details} open>
        <summary className={styles.summary}>Evidence pyramid and value classes</summary>
        <BucketTable caption="Evidence pyramid (strongest first)" labelHeader="Evidence level" buckets={totals.byEvidence} />
        <BucketTable caption="Value classes" labelHeader="Value class" buckets={totals.byValueClass} />
      </details>
    </section>
  );
}


const useBucketStyles = makeStyles({
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  caption: { textAlign: "left", fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXXS },
  head: { textAlign: "left", fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2 },
  label: { textAlign: "left", fontWeight: tokens.fontWeightRegular, overflowWrap: "anywhere", paddingRight: tokens.spacingHorizontalXS },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap", paddingLeft: tokens.spacingHorizontalXS },
  numberHead: { textAlign: "right", fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2, paddingLeft: tokens.spacingHorizontalXS },
  countHead: { textAlign: "left", fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2, paddingLeft: tokens.spacingHorizontalXS },
  countCell: { width: "35%", paddingLeft: tokens.spacingHorizontalXS },
  count: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  countNumber: { minWidth: "2ch", textAlign: "right", fontVariantNumeric: "tabular-nums" },
  track: { flexGrow: 1, display: "block" },
  bar: {
    display: "block",
    height: "8px",
    backgroundColor: tokens.colorBrandBackground,
    borderRadius: tokens.borderRadiusSmall,
    "@media (forced-colors: active)": { backgroundColor: "CanvasText" },
  },
});

export interface BucketTableProps<K extends string> {
  readonly caption: string;
  readonly labelHeader: string;
  readonly buckets: readonly Bucket<K>[];
}

/** Counts and realised value per bucket, with a bar per count (decorative: the numbers carry the meaning). */
export function BucketTable<K extends string>({ caption, labelHeader, buckets }: BucketTableProps<K>) {
  const styles = useBucketStyles();
  const format = useDisplayFormat();
  const most = Math.max(1, ...buckets.map((bucket) => bucket.count));
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className={styles.head}>{labelHeader}</th>
          <th scope="col" className={styles.countHead}>Contracts</th>
          <th scope="col" className={styles.numberHead}>Planned value</th>
        </tr>
      </thead>
      <tbody>
        {buckets.map((bucket) => (
          <tr key={bucket.key}>
            <th scope="row" className={styles.label}>{bucket.key}</th>
            <td className={styles.countCell}>
              <div className={styles.count}>
                <span className={styles.countNumber}>{bucket.count}</span>
                <span className={styles.track} aria-hidden="true">
                  <span className={styles.bar} style={{ width: `${(100 * bucket.count) / most}%` }} />
                </span>
              </div>
            </td>
            <td className={styles.number}>{format.amount(bucket.plannedValue)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
