import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { useDisplayFormat } from "../shared/display-format";
import { plural } from "../shared/format";
import { BucketTable } from "./BucketTable";
import type { PortfolioTotals } from "./portfolio-totals";

const useStyles = makeStyles({
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
  const styles = useStyles();
  const format = useDisplayFormat();
  const share = totals.realisedValue > 0 ? ` (${format.share(totals.weak.realisedValue / totals.realisedValue)} of the realised value)` : "";
  return (
    <section className={styles.root} aria-label="Portfolio totals">
      <dl className={styles.figures}>
        <div className={styles.figure}>
          <dt className={styles.term}>Realised value</dt>
          <dd className={styles.value}>{format.amount(totals.realisedValue)}</dd>
        </div>
        <div className={styles.figure}>
          <dt className={styles.term}>Lifecycle cost</dt>
          <dd className={styles.value}>{format.amount(totals.lifecycleCost)}</dd>
        </div>
      </dl>
      <Text size={200} className={styles.weak}>
        Only capability value or unsupported optimism: {format.amount(totals.weak.realisedValue)} in{" "}
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
