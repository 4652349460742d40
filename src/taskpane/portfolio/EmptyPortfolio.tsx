import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { ContractStore, StoreError, StoreResult } from "../../workbook/contract-store";
import { BusyButton, withFocusReturn } from "../shared/actions";
import { StoreErrorBar } from "../shared/messages";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: `${tokens.spacingVerticalL} 0` },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface EmptyPortfolioProps {
  /** "no-tables": the workbook has no contract tables yet; "no-contracts": the tables are empty. */
  readonly kind: "no-tables" | "no-contracts";
  readonly store: ContractStore;
  readonly today: string;
  /** Called after the tables were created or samples inserted, to list the contracts again. */
  readonly onChanged: () => void;
  readonly onNew: () => void;
}

type Busy = "tables" | "samples" | null;

/** First run: says what to do next and offers to do it. */
export function EmptyPortfolio({ kind, store, today, onChanged, onNew }: EmptyPortfolioProps) {
  const styles = useStyles();
  const [busy, setBusy] = useState<Busy>(null);
  const [error, setError] = useState<StoreError | null>(null);

  const run = (which: Exclude<Busy, null>, action: () => Promise<StoreResult<unknown>>) =>
    withFocusReturn(async () => {
      setBusy(which);
      setError(null);
      const result = await action();
      setBusy(null);
      if (result.ok) onChanged();
      else setError(result.error);
    });

  const createTables = () => run("tables", () => store.setUp());
  const insertSamples = () => run("samples", () => store.insertSampleContracts(today));

  return (
    <section className={styles.root} aria-labelledby="aivm-empty-heading">
      <h2 id="aivm-empty-heading" className={styles.heading}>
        {kind === "no-tables" ? "Set up this workbook" : "No contracts yet"}
      </h2>
      <Text>
        {kind === "no-tables"
          ? "AIVM keeps value contracts in two tables, Value Contracts and Value Reviews. Create them here, or insert a few sample contracts to explore with (the tables are created first)."
          : "Add your first value contract, or insert a few sample contracts to see how a portfolio looks."}
      </Text>
      {error && <StoreErrorBar error={error} />}
      <div className={styles.actions}>
        {kind === "no-tables" ? (
          <BusyButton appearance="primary" busy={busy === "tables"} blocked={busy !== null} onClick={createTables}>
            Create tables
          </BusyButton>
        ) : (
          // The same component as "Create tables" in the same place, so focus stays put once the tables exist.
          <BusyButton appearance="primary" busy={false} blocked={busy !== null} onClick={onNew}>
            New contract
          </BusyButton>
        )}
        <BusyButton busy={busy === "samples"} blocked={busy !== null} onClick={insertSamples}>
          Insert sample contracts
        </BusyButton>
      </div>
    </section>
  );
}
