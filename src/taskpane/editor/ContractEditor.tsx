import { Accordion, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Text } from "@fluentui/react-components";
import { useCallback } from "react";
import type { NumberSeparators } from "../../domain/money-parse";
import type { ContractStore } from "../../workbook/contract-store";
import { DrillIn, DrillInForm } from "../shared/drill-in";
import { useDisplayFormat } from "../shared/display-format";
import { ProblemList, SaveOutcome } from "../shared/messages";
import { RangesOutcome } from "../shared/RangeFields";
import { CONTRACT_KEYS, CONTRACT_SECTIONS, idNeedsFixing, loadEditorStart, missingFields, type EditableField, type EditorStart } from "./contract-form";
import { ContractSection, MissingSummary } from "./ContractSection";
import { FiguresStrip } from "./FiguresStrip";
import { LossOutcome } from "./LossFields";
import { sectionsToOpen, useContractForm, useContractSave, useSectionFocus } from "./useContractEditor";

const useStyles = makeStyles({
  heading: { margin: 0, overflowWrap: "anywhere" },
});

export interface ContractEditorProps {
  readonly store: ContractStore;
  /** The contract to edit, or null for a new one. */
  readonly contractId: string | null;
  /** Its sheet row, to open that row when others share its ID; otherwise the first row with the ID. */
  readonly row?: number | undefined;
  /**
   * Called after a save with the contract's ID (and, when a co-author's changes were kept, a sentence
   * saying so), or with null when the user leaves without saving.
   */
  readonly onDone: (savedId: string | null, note?: string | null) => void;
}

/** The contract editor: opens the contract (or a new Draft), then the form with its figures and Save. */
export default function ContractEditor({ store, contractId, row, onDone }: ContractEditorProps) {
  const { separators } = useDisplayFormat();
  const read = useCallback(() => loadEditorStart(store, contractId, separators, row), [store, contractId, separators, row]);
  const back = useCallback(() => onDone(null), [onDone]);
  return (
    <DrillIn read={read} loadingLabel={contractId === null ? "Preparing a new contract…" : `Opening ${contractId}…`} onBack={back}>
      {(start) => <EditorForm store={store} start={start} separators={separators} onDone={onDone} />}
    </DrillIn>
  );
}

const NOTHING_LOCKED: ReadonlySet<EditableField> = new Set();
const ID_LOCKED: ReadonlySet<EditableField> = new Set(["id"]);

interface EditorFormProps {
  readonly store: ContractStore;
  readonly start: EditorStart;
  readonly separators: NumberSeparators;
  readonly onDone: (savedId: string | null, note?: string | null) => void;
}

/** The contract form: figures strip, one accordion panel per part of the contract, and a sticky Save / Cancel footer. */
function EditorForm({ store, start, separators, onDone }: EditorFormProps) {
  const styles = useStyles();
  const form = useContractForm(start, separators);
  // An invalid row opens the sections with problems; otherwise the first. Only the first render decides.
  const { openItems, onToggle, focusField, focusRange, focusLoss, pendingFocus, pendingRange, pendingLoss, focused } = useSectionFocus(() =>
    sectionsToOpen(start.form.showProblems ? CONTRACT_KEYS.filter((key) => form.check.errors[key] !== undefined) : []),
  );
  const saving = useContractSave({ store, form, start, separators, focusField, focusRange, focusLoss, onSaved: onDone });
  const id = form.values.id;
  const title = form.values.title.trim();
  const missing = saving.refusals > 0 ? missingFields(form.values, saving.isNew) : [];

  return (
    <DrillInForm
      top={<FiguresStrip live={form.liveContract} committed={form.committedContract} />}
      saveLabel="Save"
      busy={saving.busy}
      onSave={saving.save}
      changed={form.changed}
      losing={saving.isNew ? "this new contract" : `your changes to ${id}`}
      onLeave={() => onDone(null)}
    >
      {/* The view's title ("New contract", "Edit contract") is the pane's h1; a saved contract adds which one it is. */}
      {!saving.isNew && (
        <Text as="h2" size={400} weight="semibold" className={styles.heading}>
          {`${id}${title ? `: ${title}` : ""}`}
        </Text>
      )}
      {saving.rowProblems.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>This row has problems in the workbook</MessageBarTitle>
            It is shown as found in the sheet. Fix the fields marked below and save; nothing is changed until you do.
            <ProblemList problems={saving.rowProblems} limit={5} label="Problems in the row" />
          </MessageBarBody>
        </MessageBar>
      )}
      <SaveOutcome
        saving={saving}
        choices="Reload shows the current version and drops your changes; Keep editing keeps your changes, and saving then replaces the current version."
      />
      <RangesOutcome saving={saving.ranges} afterContract={saving.contractWritten} />
      <LossOutcome saving={saving.loss} afterContract={saving.contractWritten} />
      {/* Keyed by the refused save, so each refusal mounts it afresh and it is announced again. */}
      {missing.length > 0 && <MissingSummary key={saving.refusals} status={form.values.status} missing={missing} onGoTo={focusField} />}
      {form.check.otherProblems.length > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{form.check.otherProblems.join(" ")}</MessageBarBody>
        </MessageBar>
      )}
      <Accordion multiple collapsible openItems={[...openItems]} onToggle={onToggle}>
        {CONTRACT_SECTIONS.map((section) => (
          <ContractSection
            key={section.id}
            section={section}
            values={form.values}
            errors={form.errors}
            ownerOptions={start.owners}
            headingLevel={saving.isNew ? "h2" : "h3"}
            locked={saving.isNew || idNeedsFixing(saving.rowProblems) ? NOTHING_LOCKED : ID_LOCKED}
            isNew={saving.isNew}
            nextId={start.nextId}
            pendingFocus={pendingFocus}
            onFocused={focused}
            onChange={form.change}
            onCommit={form.commit}
            ranges={form.ranges}
            pendingRange={pendingRange}
            loss={form.loss}
            lossPlan={form.liveContract.avoidedLoss ?? 0}
            pendingLoss={pendingLoss}
          />
        ))}
      </Accordion>
    </DrillInForm>
  );
}
