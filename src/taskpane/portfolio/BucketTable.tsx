import { makeStyles, tokens } from "@fluentui/react-components";
import { useDisplayFormat } from "../shared/display-format";
import type { Bucket } from "./portfolio-totals";

const useStyles = makeStyles({
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
  const styles = useStyles();
  const format = useDisplayFormat();
  const most = Math.max(1, ...buckets.map((bucket) => bucket.count));
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className={styles.head}>{labelHeader}</th>
          <th scope="col" className={styles.countHead}>Contracts</th>
          <th scope="col" className={styles.numberHead}>Realised value</th>
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
            <td className={styles.number}>{format.amount(bucket.realisedValue)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
