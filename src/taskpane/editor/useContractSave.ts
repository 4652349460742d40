import { useCallback, useState } from "react";
import type { NumberSeparators } from "../../domain/money-parse";
import type { CellProblem, ContractStore } from "../../workbook/contract-store";
import { useGuardedSave } from "../shared/useGuardedSave";
import { editableField, type EditableField } from "./contract-fields";
import { firstInvalid } from "./form-values";
import { startFromStored, type EditorStart } from "./load-contract";
import type { ContractForm } from "./useContractForm";

export interface SaveOptions {
  readonly store: ContractStore;
  readonly form: ContractForm;
  readonly start: EditorStart;
  readonly separators: NumberSeparators;
  readonly focusField: (key: EditableField) => void;
  readonly onSaved: (id: string) => void;
}

/**
 * Saving the editor's contract: check the form first (problems shown, first invalid field focused),
 * then create it or update its row with the stamp it was read with (useGuardedSave holds the conflict
 * and errors). Problems the store finds are put on their fields, and the first of them focused.
 */
export function useContractSave({ store, form, start, separators, focusField, onSaved }: SaveOptions) {
  const guarded = useGuardedSave(start.stamp);
  const { begin, write, settleConflict } = guarded;
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
    const result = await write((stamp) => (stamp === null ? store.createContract(contract) : store.updateContract(contract, stamp)));
    if (result.ok) {
      onSaved(result.value.id);
      return;
    }
    const failure = result.error;
    if (failure.kind === "conflict") return;
    const fieldProblems = failure.kind === "invalid" ? failure.problems : failure.kind === "duplicate" ? [{ field: "id", message: failure.message }] : [];
    form.setStoreProblems(fieldProblems);
    const first = fieldProblems.map((problem) => editableField(problem.field)).find((key) => key !== null);
    if (first) focusField(first);
  }, [begin, write, form, store, focusField, onSaved]);

  /** Replace the form with the row as it is now. */
  const reload = useCallback(
    () =>
      settleConflict((current) => {
        const next = startFromStored(current, separators);
        form.reset(next.form);
        setRowProblems(next.rowProblems);
      }),
    [settleConflict, form, separators],
  );

  /** Keep the typing; the next save replaces the row as it is now. */
  const keepEditing = useCallback(
    () => settleConflict((current) => form.adoptMeta({ version: current.contract?.version ?? current.version ?? form.meta.version, updated: current.contract?.updated ?? null })),
    [settleConflict, form],
  );

  return { save, reload, keepEditing, busy: guarded.busy, error: guarded.error, conflict: guarded.conflict, rowProblems, refusals, isNew: guarded.stamp === null };
}
