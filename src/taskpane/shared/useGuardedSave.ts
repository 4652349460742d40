import { useCallback, useState } from "react";
import { stampOf, type ReadStamp, type StoredContract, type StoreError, type StoreResult } from "../../workbook/contract-store";

/**
 * Saving a row read with a stamp, as the editor and the review both do: busy while the store writes,
 * a conflict (the row changed since it was read) held until the user settles it, any other store error
 * shown, never swallowed. `S` is the stamp the view starts from: null for a contract not yet created.
 */
export function useGuardedSave<S extends ReadStamp | null>(initial: S) {
  const [stamp, setStamp] = useState<S | ReadStamp>(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<StoreError | null>(null);
  const [conflict, setConflict] = useState<StoredContract | null>(null);

  /** Clears the last attempt's error and conflict: call first on Save, before checking the form. */
  const begin = useCallback(() => {
    setError(null);
    setConflict(null);
  }, []);

  /**
   * Runs the store write with the current stamp. A conflict is held for the user to settle; any other
   * failure is shown as `error`. Resolves to the result, so the caller can act on success or on a
   * failure's details (the fields an invalid record names).
   */
  const write = useCallback(
    async <T>(call: (stamp: S | ReadStamp) => Promise<StoreResult<T>>): Promise<StoreResult<T>> => {
      setBusy(true);
      const result = await call(stamp);
      setBusy(false);
      if (!result.ok) {
        if (result.error.kind === "conflict") setConflict(result.error.current);
        else setError(result.error);
      }
      return result;
    },
    [stamp],
  );

  /**
   * Settles a conflict either way (reload the row, or keep editing): the next save carries the row's
   * stamp as it is now. `then` receives that row, to reload the view from it or adopt its version.
   */
  const settleConflict = useCallback(
    (then: (current: StoredContract) => void) => {
      if (conflict === null) return;
      setStamp(stampOf(conflict));
      setConflict(null);
      then(conflict);
    },
    [conflict],
  );

  return { stamp, busy, error, conflict, begin, write, settleConflict };
}
