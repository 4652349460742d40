import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, tokens } from "@fluentui/react-components";
import { useCallback, useState } from "react";
import type { ContractStore, StoreError, StoreResult, WorkbookCheck } from "../../workbook/contract-store";
import { BusyButton, withFocusReturn } from "../shared/actions";
import { plural } from "../shared/display-format";
import { ProblemList, StoreErrorBar } from "../shared/messages";
import { useStoreQuery, type QueryState } from "../shared/store-query";

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
  const check = useCallback(() => store.check(), [store]);
  const { state, retry: recheck } = useStoreQuery(check);
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
    run("tables", () => store.setUp(), (report) => ({
      title: report.actions.length > 0 ? "Tables set up" : "Nothing to repair",
      lines: report.actions.length > 0 ? report.actions : ["Both tables already had every column."],
    }));
  const insertSamples = () =>
    run("samples", () => store.insertSampleContracts(today), (inserted) => ({
      title: `Inserted ${plural(inserted.length, "sample contract")}`,
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

/** What the workbook check found: all well, or every problem with where it is. */
function CheckResult({ state }: { readonly state: QueryState<WorkbookCheck> }) {
  if (state.kind === "loading") return <Spinner size="tiny" label="Checking the workbook…" labelPosition="after" />;
  if (state.kind === "failed") return <StoreErrorBar error={state.error} />;
  const check = state.value;
  const { tablesExist } = check;
  if (check.ready && check.problems.length === 0) {
    return (
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>All well</MessageBarTitle>
          Both tables are in place with every column, and every row is valid.
        </MessageBarBody>
      </MessageBar>
    );
  }
  const title = !tablesExist
    ? "No contract tables yet"
    : check.ready
      ? `${plural(check.problems.length, "problem")} in the rows`
      : `The layout needs repair (${plural(check.problems.length, "problem")})`;
  return (
    <MessageBar intent={tablesExist ? "warning" : "info"} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {!tablesExist && "Create the tables to start. "}
        {check.ready && "Open each row from the portfolio to fix it, or correct it in the sheet. "}
        {check.problems.length > 0 && <ProblemList problems={check.problems} label="Problems found" />}
      </MessageBarBody>
    </MessageBar>
  );
}
