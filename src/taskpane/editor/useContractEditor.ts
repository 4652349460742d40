import type { AccordionToggleEventHandler } from "@fluentui/react-components";
import { useCallback, useMemo, useState } from "react";
import type { NumberSeparators } from "../../domain/money-parse";
import { planOf } from "../../domain/value-range";
import { lineField, type LedgerLine } from "../../domain/value-lines";
import type { CellProblem, ContractStore, StoredContract } from "../../workbook/contract-store";
import { useFormState, useStampedSave } from "../shared/form-state";
import { firstRangeError, useRangeDrafts, useRangeSave, type RangePart } from "../shared/range-form";
import { firstLossError, LOSS_FIELD, useLossDrafts, useLossSave, type LossKey } from "./loss-form";
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
  // The curve draws from the streams of the ID the row will have: as typed, or the one a new contract gets.
  const loss = useLossDrafts(start.losses, separators, form.values.id.trim() || start.nextId);
  const { reset } = form;
  /** Start again from another copy of the contract (a reload after a conflict). */
  const restart = useCallback(
    (next: EditorStart) => {
      setMeta(next.meta);
      reset(next.form);
    },
    [reset],
  );
  // contractChanged: the contract's own fields (its row); changed: those, its ranges or its loss exposure.
  return { ...form, contractChanged: form.changed, changed: form.changed || ranges.changed || loss.changed, meta, liveContract, committedContract, ranges, loss, restart, adoptMeta: setMeta };
}

export type ContractForm = ReturnType<typeof useContractForm>;

export interface SaveOptions {
  readonly store: ContractStore;
  readonly form: ContractForm;
  readonly start: EditorStart;
  readonly separators: NumberSeparators;
  readonly focusField: (key: EditableField) => void;
  readonly focusRange: (line: LedgerLine, part: RangePart) => void;
  readonly focusLoss: (key: LossKey) => void;
  readonly onSaved: (id: string, note: string | null) => void;
}

/**
 * Saving the editor's contract: check the form first (problems shown, first invalid field focused),
 * then create it or update its row with the stamp it was read with (useStampedSave holds the conflict
 * and errors), then its ranges and its loss exposure where they changed. Problems the store finds are
 * put on their fields, and the first of them focused.
 */
export function useContractSave({ store, form, start, separators, focusField, focusRange, focusLoss, onSaved }: SaveOptions) {
  const saving = useStampedSave(start.stamp);
  const { begin, write, resolveConflict, adopt } = saving;
  const { ranges, loss } = form;
  const rangeSave = useRangeSave(store, ranges);
  const lossSave = useLossSave(store, loss);
  const [rowProblems, setRowProblems] = useState<readonly CellProblem[]>(start.rowProblems);
  // Whether the last Save wrote the contract's row: a range or loss message then says the contract itself was saved.
  const [contractWritten, setContractWritten] = useState(true);
  // Saves refused because the form had problems: the form summarises what is missing once there is one.
  const [refusals, setRefusals] = useState(0);

  /**
   * After the contract (saved: the row as written, or null when it was left as it was): its ranges (a blank Likely
   * is checked against the plan in the row) and its loss exposure (null deletes the row it had); what is untouched
   * is not rewritten, and one failing does not stop the other.
   */
  const saveRows = useCallback(
    async (id: string, saved: StoredContract | null, mergedNote: string) => {
      const inputs = ranges.check.inputs ?? [];
      const rangesSaved = !ranges.changed || (await rangeSave.write(id, inputs)) !== null;
      const lossSaved = !loss.changed || (await lossSave.write(id, loss.check.input)) !== null;
      if (!rangesSaved || !lossSaved) {
        // The form stays open with what was typed: the next Save updates the rows as written. A contract just
        // written is adopted, so that the next Save does not conflict with itself.
        if (saved !== null) {
          adopt(saved);
          form.restart(startFromStored(saved, separators, start.owners, start.nextId, ranges.read, loss.read));
        }
        return;
      }
      const count = ranges.count;
      const kept = [...(count === 0 && !ranges.changed ? [] : [count === 1 ? "1 range" : `${count} ranges`]), ...(loss.on ? ["its loss exposure"] : [])];
      const withNote = kept.length === 0 ? "" : `, with ${kept.join(" and ")}`;
      const removedNote = !loss.on && loss.changed ? " Its loss exposure was removed." : "";
      onSaved(id, withNote === "" && removedNote === "" && mergedNote === "" ? null : `Saved ${id}${withNote}.${removedNote}${mergedNote}`);
    },
    [adopt, form, ranges, loss, rangeSave, lossSave, separators, start.owners, start.nextId, onSaved],
  );

  const save = useCallback(async () => {
    begin();
    rangeSave.begin();
    lossSave.begin();
    const { contract, errors } = form.check;
    if (contract === null || ranges.check.inputs === null || !loss.valid) {
      if (contract === null) setRefusals((n) => n + 1);
      form.showAll();
      ranges.showAll();
      loss.showAll();
      const first = firstInvalid(errors);
      const firstRange = firstRangeError(ranges.check.errors);
      const firstLoss = firstLossError(loss.check.errors);
      // The loss exposure sits under Avoided loss, after its range: a range of a line shown before it goes first.
      const rangeFirst = firstRange !== null && (firstLoss === null || CONTRACT_KEYS.indexOf(lineField(firstRange.line)) <= CONTRACT_KEYS.indexOf(LOSS_FIELD));
      if (first !== null) focusField(first);
      else if (firstRange !== null && rangeFirst) focusRange(firstRange.line, firstRange.part);
      else if (firstLoss !== null) focusLoss(firstLoss);
      return;
    }
    // Only ranges or the loss exposure changed: the contract's row is left as it is (no new Version, no conflict with
    // a colleague editing the contract meanwhile); the rows' own saves check theirs.
    const rowsOnly = saving.stamp !== null && !form.contractChanged && (ranges.changed || loss.changed);
    setContractWritten(!rowsOnly);
    if (rowsOnly) {
      await saveRows(contract.id, null, "");
      return;
    }
    const result = await write<StoredContract & { readonly merged?: readonly string[] }>((stamp) => (stamp === null ? store.createContract(contract) : store.updateContract(contract, stamp)));
    if (result.ok) {
      const saved = result.value;
      const merged = saved.merged ?? [];
      await saveRows(saved.id, saved, merged.length === 0 ? "" : ` Changes a co-author made meanwhile were kept: ${merged.join(", ")}.`);
      return;
    }
    const failure = result.error;
    if (failure.kind === "conflict") return;
    const fieldProblems = failure.kind === "invalid" ? failure.problems : failure.kind === "duplicate" ? [{ field: "id", message: failure.message }] : [];
    form.setStoreProblems(fieldProblems);
    const first = fieldProblems.map((problem) => CONTRACT_KEYS.find((key) => key === problem.field)).find((key) => key !== undefined);
    if (first) focusField(first);
  }, [begin, write, form, ranges, loss, rangeSave, lossSave, store, saving.stamp, saveRows, focusField, focusRange, focusLoss]);

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

  return { save, reload, keepEditing, busy: saving.busy || rangeSave.busy || lossSave.busy, error: saving.error, conflict: saving.conflict, rowProblems, refusals, isNew: saving.stamp === null, ranges: rangeSave, loss: lossSave, contractWritten };
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
  const [pendingLoss, setPendingLoss] = useState<LossKey | null>(null);

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
  /** A box of the loss exposure: Avoided loss's section opens, and the box focuses itself once shown. */
  const focusLoss = useCallback((key: LossKey) => {
    const section = sectionOf(LOSS_FIELD);
    setOpenItems((open) => (open.includes(section) ? open : [...open, section]));
    setPendingLoss(key);
  }, []);
  const focused = useCallback(() => {
    setPendingFocus(null);
    setPendingRange(null);
    setPendingLoss(null);
  }, []);
  const onToggle: AccordionToggleEventHandler<string> = useCallback((_, data) => setOpenItems(data.openItems), []);

  return { openItems, onToggle, focusField, focusRange, focusLoss, pendingFocus, pendingRange, pendingLoss, focused };
}
