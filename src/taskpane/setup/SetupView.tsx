import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { ContractStore, StoreError, StoreResult } from "../../workbook/contract-store";
import { BusyButton } from "../shared/BusyButton";
import { withFocusReturn } from "../shared/focus";
import { plural } from "../shared/format";
import { StoreErrorBar } from "../shared/StoreErrorBar";
import { CheckResult } from "./CheckResult";
import { insertSampleContracts, setUpTables } from "./setup-actions";
import { useWorkbookCheck } from "./useWorkbookCheck";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXL },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignItems: "flex-start" },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  full: { alignSelf: "stretch", overflowWrap: "anywhere" },
  actions: { margin: 0, paddingLeft: "20px" },
});

export interface SetupViewProps {
  readonly store: ContractStore;
  /** Sample reviews are dated relative to this day (ISO yyyy-mm-dd). */
  readonly today: string;
}

type Busy = "tables" | "samples" | "check" | null;
type Outcome = { readonly title: string; readonly lines: readonly string[] } | { readonly error: StoreError };

/** Setup: check the workbook, create or repair the tables, insert the sample contracts. */
export default function SetupView({ store, today }: SetupViewProps) {
  const styles = useStyles();
  const { state, recheck } = useWorkbookCheck(store);
  const [busy, setBusy] = useState<Busy>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const run = <T,>(which: Exclude<Busy, null>, action: () => Promise<StoreResult<T>>, describe: (value: T) => Outcome) =>
    withFocusReturn(async () => {
      setBusy(which);
      setOutcome(null);
      const result = await action();
      setBusy(null);
      setOutcome(result.ok ? describe(result.value) : { error: result.error });
      recheck();
    });

  const setUp = () =>
    run("tables", () => setUpTables(store), (report) => ({
      title: report.actions.length > 0 ? "Tables set up" : "Nothing to repair",
      lines: report.actions.length > 0 ? report.actions : ["Both tables already had every column."],
    }));
  const insertSamples = () =>
    run("samples", () => insertSampleContracts(store, today), (count) => ({
      title: `Inserted ${plural(count, "sample contract")}`,
      lines: ["Open the portfolio to explore them. They are ordinary rows: edit or delete them as you like."],
    }));
  const tablesExist = state.kind !== "ready" || state.value.tablesExist;
  const ready = state.kind === "ready" && state.value.ready;

  return (
    <div className={styles.root}>
      <div className={styles.full} role="status">
        {outcome && ("error" in outcome ? <StoreErrorBar error={outcome.error} /> : <OutcomeBar outcome={outcome} />)}
      </div>
      <section className={styles.section} aria-labelledby="aivm-setup-check">
        <h2 id="aivm-setup-check" className={styles.heading}>Check the workbook</h2>
        <div className={styles.full}>
          <CheckResult state={state} />
        </div>
        <BusyButton busy={state.kind === "loading"} blocked={busy !== null} onClick={() => withFocusReturn(async () => recheck())}>
          Check again
        </BusyButton>
      </section>
      <section className={styles.section} aria-labelledby="aivm-setup-tables">
        <h2 id="aivm-setup-tables" className={styles.heading}>Tables</h2>
        <Text>
          {tablesExist
            ? "Repair adds any missing table or column and restores the headers. It never moves or deletes your data, and keeps columns you added."
            : "Creates the Value Contracts and Value Reviews tables, each on a sheet of its own, with dropdowns for the lists."}
        </Text>
        <BusyButton appearance={ready ? "secondary" : "primary"} busy={busy === "tables"} blocked={busy !== null} onClick={setUp}>
          {tablesExist ? "Repair layout" : "Create tables"}
        </BusyButton>
      </section>
      <section className={styles.section} aria-labelledby="aivm-setup-samples">
        <h2 id="aivm-setup-samples" className={styles.heading}>Sample contracts</h2>
        <Text>
          A few realistic contracts across several value chains and mandates, at different evidence levels and statuses. They are added
          after any contracts you have, with IDs of their own.
        </Text>
        <BusyButton busy={busy === "samples"} blocked={busy !== null} onClick={insertSamples}>
          Insert sample contracts
        </BusyButton>
      </section>
    </div>
  );
}

function OutcomeBar({ outcome }: { readonly outcome: { readonly title: string; readonly lines: readonly string[] } }) {
  const styles = useStyles();
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{outcome.title}</MessageBarTitle>
        <ul className={styles.actions}>
          {outcome.lines.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
