import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, Text, tokens } from "@fluentui/react-components";
import { ChevronDownRegular, ChevronRightRegular } from "@fluentui/react-icons";
import { useCallback, useId, useMemo, useState } from "react";
import type { ValueContract } from "../../domain/contract";
import type { ContractSimulation } from "../../domain/portfolio-simulation";
import { planOf } from "../../domain/value-range";
import { LEDGER_LINES, type LedgerLine } from "../../domain/value-lines";
import type { ContractStore, StoredRange } from "../../workbook/contract-store";
import { useDisplayFormat } from "../shared/display-format";
import { draftsFromStored, firstRangeError, rangeControlId, useRangeDrafts, useRangeSave } from "../shared/range-form";
import { RangeFields, RangesOutcome } from "../shared/RangeFields";

/**
 * The contract's ranges in the review: what they say (P10, P50, P90 of the value a year and the chance of a
 * loss, from a simulation of the contract alone), and "Update ranges", a disclosure where the reviewer changes
 * the ranges the contract has and saves them with saveRanges, on their own, before or after the review.
 */

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, paddingLeft: tokens.spacingHorizontalS },
  disclosure: { alignSelf: "flex-start" },
  save: { alignSelf: "flex-start" },
});

/**
 * The simulation in one line: "Ranges: P10 120,000, P50 180,000, P90 260,000 a year, 23% chance of a loss a year.";
 * while it runs (running), that it is running; without ranges, that the suggestion takes every line at its plan.
 */
export function RangeRiskLine({ risk, running }: { readonly risk: ContractSimulation | null; readonly running: boolean }) {
  const format = useDisplayFormat();
  if (risk === null && running) return <Spinner size="extra-tiny" labelPosition="after" label="Simulating the ranges…" />;
  if (risk === null) return <Text size={200}>No ranges: the suggestion takes every line at its plan.</Text>;
  const { p10, p50, p90, probabilityBelowZero } = risk.summary;
  return (
    <Text size={200}>
      {`Ranges: P10 ${format.amount(p10)}, P50 ${format.amount(p50)}, P90 ${format.amount(p90)} a year, ${format.share(probabilityBelowZero)} chance of a loss a year.`}
    </Text>
  );
}

export interface ReviewRangesProps {
  readonly store: ContractStore;
  readonly contract: ValueContract;
  /** The contract's ValueRanges rows as last read or saved. */
  readonly rows: readonly StoredRange[];
  /** The rows as a save wrote them: the simulation and the suggestion follow. */
  readonly onSaved: (rows: readonly StoredRange[]) => void;
}

/** "Update ranges": the lines with a range, each with Low, Likely, High and Basis, and Save ranges. */
export function ReviewRanges({ store, contract, rows, onSaved }: ReviewRangesProps) {
  const styles = useStyles();
  const format = useDisplayFormat();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const planFor = useCallback((line: LedgerLine) => planOf(contract, line), [contract]);
  const ranges = useRangeDrafts(rows, planFor, format.separators);
  const saving = useRangeSave(store, ranges);
  // The lines listed: those with a range when opened or saved, so one switched off can be switched on again.
  const listed = useMemo(() => {
    const loaded = draftsFromStored(ranges.read, format.separators);
    return LEDGER_LINES.filter((line) => loaded[line] !== undefined || ranges.drafts[line] !== undefined);
  }, [ranges.read, ranges.drafts, format.separators]);

  const save = async () => {
    saving.begin();
    setNote(null);
    const inputs = ranges.check.inputs;
    if (inputs === null) {
      ranges.showAll();
      const first = firstRangeError(ranges.check.errors);
      if (first !== null) document.getElementById(rangeControlId("review", first.line, first.part))?.focus();
      return;
    }
    const saved = await saving.write(contract.id, inputs);
    if (saved !== null) {
      setNote(`Ranges saved: ${inputs.length === 1 ? "1 range" : `${inputs.length} ranges`}. The suggestion above uses them.`);
      onSaved(saved);
    }
  };

  return (
    <>
      <Button
        className={styles.disclosure}
        appearance="subtle"
        icon={open ? <ChevronDownRegular /> : <ChevronRightRegular />}
        aria-expanded={open}
        {...(open ? { "aria-controls": panelId } : {})}
        onClick={() => setOpen((o) => !o)}
      >
        Update ranges
      </Button>
      {open && (
        <div id={panelId} className={styles.panel} role="group" aria-label="Update ranges">
          {listed.length === 0 && <Text size={200}>This contract has no ranges yet: add them in the contract editor, under each amount.</Text>}
          {listed.map((line) => (
            <RangeFields
              key={line}
              scope="review"
              line={line}
              text={ranges.drafts[line]}
              errors={ranges.errors[line]}
              planText={format.amount(planOf(contract, line))}
              onToggle={ranges.toggle}
              onChange={ranges.change}
              onCommit={ranges.commit}
            />
          ))}
          <RangesOutcome saving={saving} />
          {note !== null && (
            <MessageBar intent="success" layout="multiline">
              <MessageBarBody>{note}</MessageBarBody>
            </MessageBar>
          )}
          {listed.length > 0 && (
            <Button className={styles.save} disabledFocusable={saving.busy || !ranges.changed} icon={saving.busy ? <Spinner size="tiny" /> : null} onClick={() => void save()}>
              Save ranges
            </Button>
          )}
        </div>
      )}
    </>
  );
}
