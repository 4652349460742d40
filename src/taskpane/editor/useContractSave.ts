import { useCallback, useState } from "react";
import type { NumberSeparators } from "../../domain/money-parse";
import type { CellProblem, ContractStore, ReadStamp, StoredContract, StoreError } from "../../workbook/contract-store";
import { settle } from "../shared/settle";
import { editableField, type EditableField } from "./contract-fields";
import { firstInvalid } from "./form-values";
import { stampOf } from "../shared/read-stamp";
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
 * then create it or update its row with the stamp it was read with. A conflict is held until the user
 * reloads the row or keeps editing; other store errors are shown, never swallowed.
 */
export function useContractSave({ store, form, start, separators, focusField, onSaved }: SaveOptions) {
  const [stamp, setStamp] = useState<ReadStamp | null>(start.stamp);
  const [rowProblems, setRowProblems] = useState<readonly CellProblem[]>(start.rowProblems);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<StoreError | null>(null);
  const [conflict, setConflict] = useState<StoredContract | null>(null);

  const save = useCallback(async () => {
    setError(null);
    setConflict(null);
    const { contract, errors } = form.check;
    if (contract === null) {
      form.showAll();
      const first = firstInvalid(errors);
      if (first !== null) focusField(first);
      return;
    }
    setBusy(true);
    const result = await settle(stamp === null ? store.createContract(contract) : store.updateContract(contract, stamp));
    setBusy(false);
    if (result.ok) {
      onSaved(result.value.id);
      return;
    }
    const failure = result.error;
    if (failure.kind === "conflict") {
      setConflict(failure.current);
      return;
    }
    setError(failure);
    const fieldProblems = failure.kind === "invalid" ? failure.problems : failure.kind === "duplicate" ? [{ field: "id", message: failure.message }] : [];
    form.setStoreProblems(fieldProblems);
    const first = fieldProblems.map((problem) => editableField(problem.field)).find((key) => key !== null);
    if (first) focusField(first);
  }, [form, stamp, store, focusField, onSaved]);

  /** Replace the form with the row as it is now. */
  const reload = useCallback(() => {
    if (conflict === null) return;
    const next = startFromStored(conflict, separators);
    form.reset(next.form);
    setStamp(next.stamp);
    setRowProblems(next.rowProblems);
    setConflict(null);
  }, [conflict, form, separators]);

  /** Keep the typing; the next save replaces the row as it is now. */
  const keepEditing = useCallback(() => {
    if (conflict === null) return;
    form.adoptMeta({ version: conflict.contract?.version ?? conflict.version ?? form.meta.version, updated: conflict.contract?.updated ?? null });
    setStamp(stampOf(conflict));
    setConflict(null);
  }, [conflict, form]);

  return { save, reload, keepEditing, busy, error, conflict, rowProblems, isNew: stamp === null };
}
