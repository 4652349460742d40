import { useCallback } from "react";
import { stampOf, type ContractStore, type StoredContract } from "../../workbook/contract-store";
import { useGuardedSave } from "../shared/useGuardedSave";
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
 * Recording the review: check the form (problems shown, first invalid field focused), then append the
 * review (the store gives it its Review ID) and update the contract with the stamp the contract was
 * read with, in one request (useGuardedSave holds the conflict and errors).
 */
export function useReviewSave({ store, stored, form, focusField, onReloaded, onSaved }: ReviewSaveOptions) {
  const guarded = useGuardedSave(stampOf(stored));
  const { begin, write, settleConflict } = guarded;

  const save = useCallback(async () => {
    begin();
    const { review, errors } = form.check;
    if (review === null) {
      form.showAll();
      const first = firstReviewError(errors);
      if (first !== null) focusField(first);
      return;
    }
    const result = await write((stamp) => store.recordReview(review, stamp));
    if (result.ok) onSaved();
  }, [begin, write, form, focusField, store, onSaved]);

  /** Take the contract as it is now (its thresholds and suggestion may change); the review as typed stays. */
  const reload = useCallback(() => settleConflict(onReloaded), [settleConflict, onReloaded]);

  /** Keep the contract as shown; the next save is checked against the row as it is now. */
  const keepEditing = useCallback(() => settleConflict(() => undefined), [settleConflict]);

  return { save, reload, keepEditing, busy: guarded.busy, error: guarded.error, conflict: guarded.conflict };
}
