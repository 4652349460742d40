import type { AccordionToggleEventHandler } from "@fluentui/react-components";
import { useCallback, useMemo, useState } from "react";
import type { NumberSeparators } from "../../domain/money-parse";
import type { CellProblem, ContractStore, StoredContract } from "../../workbook/contract-store";
import { useFormState, useStampedSave } from "../shared/form-state";
import {
  checkForm,
  committedText,
  CONTRACT_KEYS,
  CONTRACT_SECTIONS,
  contractForFigures,
  firstInvalid,
  startFromStored,
  type ContractMeta,
  type ContractValues,
  type EditableField,
  type EditorStart,
} from "./contract-form";

/**
 * The editor's state: the form (text as typed, checked against the ValueContract schema, the contract
 * the live figures read), the save (create, or update with the stamp the row was read with), and which
 * sections are open with a field waiting for focus.
 */
export function useContractForm(start: EditorStart, separators: NumberSeparators) {
  const isNew = start.stamp === null;
  const [meta, setMeta] = useState<ContractMeta>(start.meta);
  const check = useCallback((values: ContractValues) => checkForm(values, meta, separators, isNew), [meta, separators, isNew]);
  const tidy = useCallback((key: EditableField, text: string) => committedText(key, text, separators), [separators]);
  const form = useFormState(start.form, { keys: CONTRACT_KEYS, check, tidy });
  const liveContract = useMemo(() => contractForFigures(form.values, meta, separators), [form.values, meta, separators]);
  const committedContract = useMemo(() => contractForFigures(form.committed, meta, separators), [form.committed, meta, separators]);
  const { reset } = form;
  /** Start again from another copy of the contract (a reload after a conflict). */
  const restart = useCallback(
    (next: EditorStart) => {
      setMeta(next.meta);
      reset(next.form);
    },
    [reset],
  );
  return { ...form, meta, liveContract, committedContract, restart, adoptMeta: setMeta };
}

export type ContractForm = ReturnType<typeof useContractForm>;

export interface SaveOptions {
  readonly store: ContractStore;
  readonly form: ContractForm;
  readonly start: EditorStart;
  readonly separators: NumberSeparators;
  readonly focusField: (key: EditableField) => void;
  readonly onSaved: (id: string, note: string | null) => void;
}

/**
 * Saving the editor's contract: check the form first (problems shown, first invalid field focused),
 * then create it or update its row with the stamp it was read with (useStampedSave holds the conflict
 * and errors). Problems the store finds are put on their fields, and the first of them focused.
 */
export function useContractSave({ store, form, start, separators, focusField, onSaved }: SaveOptions) {
  const saving = useStampedSave(start.stamp);
  const { begin, write, resolveConflict } = saving;
  const [rowProblems, setRowProblems] = useState<readonly CellProblem[]>(start.rowProblems);
  // Saves refused because the form had problems: the form summarises what is missing once there is one.
  const [refusals, setRefusals] = useState(0);

  const save = useCallback(async () => {
    begin();
    const { contract, errors } = form.check;
    if (contract === null) {
      setRefusals((n) => n + 1);
      form.showAll();
      const first = firstInvalid(errors);
      if (first !== null) focusField(first);
      return;
    }
    const result = await write<StoredContract & { readonly merged?: readonly string[] }>((stamp) => (stamp === null ? store.createContract(contract) : store.updateContract(contract, stamp)));
    if (result.ok) {
      const merged = result.value.merged ?? [];
      onSaved(result.value.id, merged.length === 0 ? null : `Saved ${result.value.id}. Changes a co-author made meanwhile were kept: ${merged.join(", ")}.`);
      return;
    }
    const failure = result.error;
    if (failure.kind === "conflict") return;
    const fieldProblems = failure.kind === "invalid" ? failure.problems : failure.kind === "duplicate" ? [{ field: "id", message: failure.message }] : [];
    form.setStoreProblems(fieldProblems);
    const first = fieldProblems.map((problem) => CONTRACT_KEYS.find((key) => key === problem.field)).find((key) => key !== undefined);
    if (first) focusField(first);
  }, [begin, write, form, store, focusField, onSaved]);

  /** Replace the form with the row as it is now. */
  const reload = useCallback(
    () =>
      resolveConflict((current) => {
        const next = startFromStored(current, separators, start.owners, start.nextId);
        form.restart(next);
        setRowProblems(next.rowProblems);
      }),
    [resolveConflict, form, separators, start.owners, start.nextId],
  );

  /** Keep the typing; the next save replaces the row as it is now. */
  const keepEditing = useCallback(
    () => resolveConflict((current) => form.adoptMeta({ version: current.contract?.version ?? current.version ?? form.meta.version, updated: current.contract?.updated ?? null })),
    [resolveConflict, form],
  );

  return { save, reload, keepEditing, busy: saving.busy, error: saving.error, conflict: saving.conflict, rowProblems, refusals, isNew: saving.stamp === null };
}

const sectionOf = (key: EditableField): string =>
  CONTRACT_SECTIONS.find((section) => section.fields.some((spec) => spec.key === key))?.id ?? CONTRACT_SECTIONS[0]?.id ?? "";

/** The sections to open first: those with a problem, or else the first one. */
export function sectionsToOpen(invalid: readonly EditableField[]): string[] {
  const sections = [...new Set(invalid.map(sectionOf))];
  return sections.length > 0 ? sections : [CONTRACT_SECTIONS[0]?.id ?? ""];
}

/**
 * Which contract sections are open, and a field waiting to be focused (after a failed save): its
 * section opens, and the field focuses itself once it is in the page (a panel mounts its content
 * after it opens), then calls focused(). `initiallyOpen` runs once, on the first render.
 */
export function useSectionFocus(initiallyOpen: () => readonly string[]) {
  const [openItems, setOpenItems] = useState<readonly string[]>(initiallyOpen);
  const [pendingFocus, setPendingFocus] = useState<EditableField | null>(null);

  const focusField = useCallback((key: EditableField) => {
    const section = sectionOf(key);
    setOpenItems((open) => (open.includes(section) ? open : [...open, section]));
    setPendingFocus(key);
  }, []);
  const focused = useCallback(() => setPendingFocus(null), []);
  const onToggle: AccordionToggleEventHandler<string> = useCallback((_, data) => setOpenItems(data.openItems), []);

  return { openItems, onToggle, focusField, pendingFocus, focused };
}
