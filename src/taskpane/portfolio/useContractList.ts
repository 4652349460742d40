import { useCallback, useEffect, useState } from "react";
import type { ContractList, ContractStore, StoreError } from "../../workbook/contract-store";

export type ContractListState =
  | { readonly status: "loading" }
  | { readonly status: "loaded"; readonly list: ContractList; readonly refreshing: boolean }
  | { readonly status: "error"; readonly error: StoreError; readonly refreshing: boolean };

/**
 * Lists the contracts from the store, and again on reload(). The first load shows as "loading"; a
 * reload keeps what is on screen (the list, or the error or empty state) until the new answer arrives,
 * so the controls the user is on stay where they are.
 */
export function useContractList(store: ContractStore): { state: ContractListState; reload: () => void } {
  const [state, setState] = useState<ContractListState>({ status: "loading" });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let current = true;
    void store.listContracts().then((result) => {
      if (!current) return;
      setState(result.ok ? { status: "loaded", list: result.value, refreshing: false } : { status: "error", error: result.error, refreshing: false });
    });
    return () => {
      current = false;
    };
  }, [store, generation]);

  const reload = useCallback(() => {
    setState((previous) => (previous.status === "loading" ? previous : { ...previous, refreshing: true }));
    setGeneration((n) => n + 1);
  }, []);

  return { state, reload };
}
