import { makeStyles, tokens } from "@fluentui/react-components";

/**
 * Facts as a compact grid of label and value (a definition list), as many to a row as fit the pane: the
 * contract the reviewer steers by, the ledger's figures to date. Each value carries its label as
 * data-figure, so tests and styles can find one figure.
 */

const useStyles = makeStyles({
  facts: {
    margin: 0,
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(110px, 1fr))",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  item: { display: "flex", flexDirection: "column", minWidth: 0 },
  label: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere", fontVariantNumeric: "tabular-nums" },
});

export function FactList({ facts }: { readonly facts: ReadonlyArray<readonly [label: string, value: string]> }) {
  const styles = useStyles();
  return (
    <dl className={styles.facts}>
      {facts.map(([label, value]) => (
        <div key={label} className={styles.item}>
          <dt className={styles.label}>{label}</dt>
          <dd className={styles.value} data-figure={label}>
            {value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
