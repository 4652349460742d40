import { useCallback, useEffect, useState } from "react";
import type { StoreError, StoreResult } from "../../workbook/contract-store";

export type LoadState<T> =
  | { readonly kind: "loading" }
  | { readonly kind: "failed"; readonly error: StoreError }
  | { readonly kind: "ready"; readonly value: T };

/**
 * Runs a store read when the view opens (and again on retry) and holds its result. A result that
 * arrives after the view has gone, or after a newer read started, is dropped. The store never rejects
 * (createContractStore guarantees it), so every outcome arrives as a result.
 */
export function useStoreLoad<T>(load: () => Promise<StoreResult<T>>): { state: LoadState<T>; retry: () => void } {
  const [state, setState] = useState<LoadState<T>>({ kind: "loading" });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    setState({ kind: "loading" });
    void load().then((result) => {
      if (current) setState(result.ok ? { kind: "ready", value: result.value } : { kind: "failed", error: result.error });
    });
    return () => {
      current = false;
    };
  }, [load, attempt]);
  // Loading from the moment of the request, so no render shows the old result as if it were the new one.
  const retry = useCallback(() => {
    setState({ kind: "loading" });
    setAttempt((n) => n + 1);
  }, []);
  return { state, retry };
}
