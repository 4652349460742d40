import { Accordion, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Text } from "@fluentui/react-components";
import type { NumberSeparators } from "../../domain/money-parse";
import type { ContractStore } from "../../workbook/contract-store";
import { GuardedForm } from "../shared/GuardedForm";
import { ProblemList } from "../shared/ProblemList";
import { SaveOutcome } from "../shared/SaveOutcome";
import { CONTRACT_FIELDS, CONTRACT_SECTIONS, type EditableField } from "./contract-fields";
import { ContractSection } from "./ContractSection";
import { FiguresStrip } from "./FiguresStrip";
import { missingFields } from "./form-values";
import { idNeedsFixing, type EditorStart } from "./load-contract";
import { MissingSummary } from "./MissingSummary";
import { useContractForm } from "./useContractForm";
import { useContractSave } from "./useContractSave";
import { sectionsToOpen, useSectionFocus } from "./useSectionFocus";

const useStyles = makeStyles({
  heading: { margin: 0, overflowWrap: "anywhere" },
});

const NOTHING_LOCKED: ReadonlySet<EditableField> = new Set();
const ID_LOCKED: ReadonlySet<EditableField> = new Set(["id"]);

export interface EditorFormProps {
  readonly store: ContractStore;
  readonly start: EditorStart;
  readonly separators: NumberSeparators;
  readonly onDone: (savedId: string | null) => void;
}

/** The contract form: figures strip, one accordion panel per part of the contract, and a sticky Save / Cancel footer. */
export function EditorForm({ store, start, separators, onDone }: EditorFormProps) {
  const styles = useStyles();
  const form = useContractForm(start.form, separators, start.stamp === null);
  // An invalid row opens the sections with problems; otherwise the first. Only the first render decides.
  const { openItems, onToggle, focusField, pendingFocus, focused } = useSectionFocus(() =>
    sectionsToOpen(start.form.showProblems ? CONTRACT_FIELDS.filter((spec) => form.check.errors[spec.key] !== undefined).map((spec) => spec.key) : []),
  );
  const saving = useContractSave({ store, form, start, separators, focusField, onSaved: onDone });
  const id = form.values.id ?? "";
  const title = (form.values.title ?? "").trim();
  const missing = saving.refusals > 0 ? missingFields(form.values, saving.isNew) : [];

  return (
    <GuardedForm
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
      {/* Keyed by the refused save, so each refusal mounts it afresh and it is announced again. */}
      {missing.length > 0 && <MissingSummary key={saving.refusals} status={form.values.status ?? ""} missing={missing} onGoTo={focusField} />}
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
            isNew={saving.isNew}
            nextId={start.nextId}
            headingLevel={saving.isNew ? "h2" : "h3"}
            locked={saving.isNew || idNeedsFixing(saving.rowProblems) ? NOTHING_LOCKED : ID_LOCKED}
            pendingFocus={pendingFocus}
            onFocused={focused}
            onChange={form.change}
            onCommit={form.commit}
          />
        ))}
      </Accordion>
    </GuardedForm>
  );
}
