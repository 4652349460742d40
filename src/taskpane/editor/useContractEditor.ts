import type { AccordionToggleEventHandler } from "@fluentui/react-components";
import { useCallback, useMemo, useState } from "react";
import type { NumberSeparators } from "../../domain/money-parse";
import { planOf } from "../../domain/value-range";
import { lineField, type LedgerLine } from "../../domain/value-lines";
import type { CellProblem, ContractStore, StoredContract } from "../../workbook/contract-store";
import { useFormState, useStampedSave } from "../shared/form-state";
import { firstRangeError, useRangeDrafts, useRangeSave, type RangePart } from "../shared/range-form";
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
  // A blank Likely is the plan as typed (an invalid amount counts as blank, as in the figures).
  const planFor = useCallback((line: LedgerLine) => planOf(liveContract, line), [liveContract]);
  const ranges = useRangeDrafts(start.ranges, planFor, separators);
  const { reset } = form;
  /** Start again from another copy of the contract (a reload after a conflict). */
  const restart = useCallback(
    (next: EditorStart) => {
      setMeta(next.meta);
      reset(next.form);
    },
    [reset],
  );
  return { ...form, changed: form.changed || ranges.changed, meta, liveContract, committedContract, ranges, restart, adoptMeta: setMeta };
}

export type ContractForm = ReturnType<typeof useContractForm>;

export interface SaveOptions {
  readonly store: ContractStore;
  readonly form: ContractForm;
  readonly start: EditorStart;
  readonly separators: NumberSeparators;
  readonly focusField: (key: EditableField) => void;
  readonly focusRange: (line: LedgerLine, part: RangePart) => void;
  readonly onSaved: (id: string, note: string | null) => void;
}

/**
 * Saving the editor's contract: check the form first (problems shown, first invalid field focused),
 * then create it or update its row with the stamp it was read with (useStampedSave holds the conflict
 * and errors). Problems the store finds are put on their fields, and the first of them focused.
 */
export function useContractSave({ store, form, start, separators, focusField, focusRange, onSaved }: SaveOptions) {
  const saving = useStampedSave(start.stamp);
  const { begin, write, resolveConflict, adopt } = saving;
  const { ranges } = form;
  const rangeSave = useRangeSave(store, ranges);
  const [rowProblems, setRowProblems] = useState<readonly CellProblem[]>(start.rowProblems);
  // Saves refused because the form had problems: the form summarises what is missing once there is one.
  const [refusals, setRefusals] = useState(0);

  const save = useCallback(async () => {
    begin();
    rangeSave.begin();
    const { contract, errors } = form.check;
    const inputs = ranges.check.inputs;
    if (contract === null || inputs === null) {
      if (contract === null) setRefusals((n) => n + 1);
      form.showAll();
      ranges.showAll();
      const first = firstInvalid(errors);
      const firstRange = firstRangeError(ranges.check.errors);
      if (first !== null) focusField(first);
      else if (firstRange !== null) focusRange(firstRange.line, firstRange.part);
      return;
    }
    const result = await write<StoredContract & { readonly merged?: readonly string[] }>((stamp) => (stamp === null ? store.createContract(contract) : store.updateContract(contract, stamp)));
    if (result.ok) {
      const saved = result.value;
      const merged = saved.merged ?? [];
      const mergedNote = merged.length === 0 ? "" : ` Changes a co-author made meanwhile were kept: ${merged.join(", ")}.`;
      // The contract first, then its ranges (a blank Likely is checked against the plan just saved); untouched ranges are not rewritten.
      if (ranges.changed) {
        const written = await rangeSave.write(saved.id, inputs);
        if (written === null) {
          // The contract is saved and the form stays open with the ranges as typed: the next Save updates the row as written.
          adopt(saved);
          form.restart(startFromStored(saved, separators, start.owners, start.nextId, ranges.read));
          return;
        }
      }
      const count = ranges.count;
      const rangesNote = count === 0 && !ranges.changed ? "" : `, with ${count === 1 ? "1 range" : `${count} ranges`}`;
      onSaved(saved.id, rangesNote === "" && mergedNote === "" ? null : `Saved ${saved.id}${rangesNote}.${mergedNote}`);
      return;
    }
    const failure = result.error;
    if (failure.kind === "conflict") return;
    const fieldProblems = failure.kind === "invalid" ? failure.problems : failure.kind === "duplicate" ? [{ field: "id", message: failure.message }] : [];
    form.setStoreProblems(fieldProblems);
    const first = fieldProblems.map((problem) => CONTRACT_KEYS.find((key) => key === problem.field)).find((key) => key !== undefined);
    if (first) focusField(first);
  }, [begin, write, adopt, form, ranges, rangeSave, store, separators, start.owners, start.nextId, focusField, focusRange, onSaved]);

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

  return { save, reload, keepEditing, busy: saving.busy || rangeSave.busy, error: saving.error, conflict: saving.conflict, rowProblems, refusals, isNew: saving.stamp === null, ranges: rangeSave };
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
  const [pendingRange, setPendingRange] = useState<{ readonly line: LedgerLine; readonly part: RangePart } | null>(null);

  const focusField = useCallback((key: EditableField) => {
    const section = sectionOf(key);
    setOpenItems((open) => (open.includes(section) ? open : [...open, section]));
    setPendingFocus(key);
  }, []);
  /** A line's range box: its amount field's section opens, and the box focuses itself once shown. */
  const focusRange = useCallback((line: LedgerLine, part: RangePart) => {
    const section = sectionOf(lineField(line));
    setOpenItems((open) => (open.includes(section) ? open : [...open, section]));
    setPendingRange({ line, part });
  }, []);
  const focused = useCallback(() => {
    setPendingFocus(null);
    setPendingRange(null);
  }, []);
  const onToggle: AccordionToggleEventHandler<string> = useCallback((_, data) => setOpenItems(data.openItems), []);

  return { openItems, onToggle, focusField, focusRange, pendingFocus, pendingRange, focused };
}
