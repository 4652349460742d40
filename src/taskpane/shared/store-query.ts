import { useCallback, useEffect, useState } from "react";
import type { StoreError, StoreResult } from "../../workbook/contract-store";

export type QueryState<T> =
  | { readonly kind: "loading" }
  | { readonly kind: "ready"; readonly value: T; readonly refreshing: boolean }
  | { readonly kind: "failed"; readonly error: StoreError; readonly refreshing: boolean };

/**
 * One store read held for a view: run when the view opens and whenever `read` changes (keep it stable
 * with useCallback), again on retry() or refresh(). A result that arrives after the view has gone, or
 * after a newer read started, is dropped. retry() shows loading at once, so no render shows the old
 * result as if it were the new one; refresh() keeps what is on screen (marked refreshing) until the
 * answer arrives, so the controls the user is on stay where they are. The store never rejects
 * (createContractStore guarantees it), so every outcome arrives as a result.
 */
export function useStoreQuery<T>(read: () => Promise<StoreResult<T>>): { state: QueryState<T>; retry: () => void; refresh: () => void } {
  const [state, setState] = useState<QueryState<T>>({ kind: "loading" });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let current = true;
    void read().then((result) => {
      if (!current) return;
      setState(result.ok ? { kind: "ready", value: result.value, refreshing: false } : { kind: "failed", error: result.error, refreshing: false });
    });
    return () => {
      current = false;
    };
  }, [read, generation]);
  const retry = useCallback(() => {
    setState({ kind: "loading" });
    setGeneration((n) => n + 1);
  }, []);
  const refresh = useCallback(() => {
    setState((previous) => (previous.kind === "loading" ? previous : { ...previous, refreshing: true }));
    setGeneration((n) => n + 1);
  }, []);
  return { state, retry, refresh };
}
