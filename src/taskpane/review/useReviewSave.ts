import { useCallback, useState } from "react";
import type { ContractStore, ReadStamp, StoredContract, StoreError } from "../../workbook/contract-store";
import { stampOf } from "../shared/read-stamp";
import { settle } from "../shared/settle";
import { firstReviewError, type ReviewField } from "./review-values";
import type { ReviewForm } from "./useReviewForm";

export interface ReviewSaveOptions {
  readonly store: ContractStore;
  readonly stored: StoredContract;
  readonly form: ReviewForm;
  readonly focusField: (field: ReviewField) => void;
  /** The contract as it is now in the workbook, after the user chose to reload it. */
  readonly onReloaded: (current: StoredContract) => void;
  readonly onSaved: () => void;
}

/**
 * Recording the review: check the form (problems shown, first invalid field focused), take the next
 * Review ID, then append the review and update the contract with the stamp the contract was read with.
 */
export function useReviewSave({ store, stored, form, focusField, onReloaded, onSaved }: ReviewSaveOptions) {
  const [stamp, setStamp] = useState<ReadStamp>(() => stampOf(stored));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<StoreError | null>(null);
  const [conflict, setConflict] = useState<StoredContract | null>(null);

  const save = useCallback(async () => {
    setError(null);
    setConflict(null);
    const { review, errors } = form.check;
    if (review === null) {
      form.showAll();
      const first = firstReviewError(errors);
      if (first !== null) focusField(first);
      return;
    }
    setBusy(true);
    const id = await settle(store.nextReviewId());
    const result = id.ok ? await settle(store.recordReview({ ...review, id: id.value }, stamp)) : id;
    setBusy(false);
    if (result.ok) onSaved();
    else if (result.error.kind === "conflict") setConflict(result.error.current);
    else setError(result.error);
  }, [form, focusField, store, stamp, onSaved]);

  /** Take the contract as it is now (its thresholds and suggestion may change); the review as typed stays. */
  const reload = useCallback(() => {
    if (conflict === null) return;
    setStamp(stampOf(conflict));
    setConflict(null);
    onReloaded(conflict);
  }, [conflict, onReloaded]);

  /** Keep the contract as shown; the next save is checked against the row as it is now. */
  const keepEditing = useCallback(() => {
    if (conflict === null) return;
    setStamp(stampOf(conflict));
    setConflict(null);
  }, [conflict]);

  return { save, reload, keepEditing, busy, error, conflict };
}
