import { makeStyles, tokens } from "@fluentui/react-components";
import type { ValueContract } from "../../domain/contract";
import { useDisplayFormat } from "../shared/display-format";

const useStyles = makeStyles({
  facts: {
    margin: 0,
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(110px, 1fr))",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  item: { display: "flex", flexDirection: "column", minWidth: 0 },
  label: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
});

/** What the reviewer steers by: the contract's status, claimed evidence, thresholds and cadence. */
export function ContractFacts({ contract }: { readonly contract: ValueContract }) {
  const styles = useStyles();
  const format = useDisplayFormat();
  const facts: ReadonlyArray<readonly [string, string]> = [
    ["Status", contract.status],
    ["Evidence claimed", contract.evidenceLevel ?? "Not set"],
    ["Expand at", contract.expandAtValue === null ? "Not set" : format.amount(contract.expandAtValue)],
    ["Stop below", contract.stopBelowValue === null ? "Not set" : format.amount(contract.stopBelowValue)],
    ["Cadence", contract.reviewCadence ?? "Not set"],
    ["Last review", contract.lastReview === null ? "None yet" : format.date(contract.lastReview)],
  ];
  return (
    <dl className={styles.facts}>
      {facts.map(([label, value]) => (
        <div key={label} className={styles.item}>
          <dt className={styles.label}>{label}</dt>
          <dd className={styles.value}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
