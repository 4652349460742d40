import { useCallback, useEffect, useState } from "react";
import type { ContractList, ContractStore, StoreError } from "../../workbook/contract-store";
import { settle } from "../shared/settle";

export type ContractListState =
  | { readonly status: "loading" }
  | { readonly status: "loaded"; readonly list: ContractList; readonly refreshing: boolean }
  | { readonly status: "error"; readonly error: StoreError };

/**
 * Lists the contracts from the store, and again on reload(). The first load shows as "loading"; a
 * reload keeps the current list on screen (refreshing) until the new one arrives.
 */
export function useContractList(store: ContractStore): { state: ContractListState; reload: () => void } {
  const [state, setState] = useState<ContractListState>({ status: "loading" });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let current = true;
    void settle(store.listContracts()).then((result) => {
      if (!current) return;
      setState(result.ok ? { status: "loaded", list: result.value, refreshing: false } : { status: "error", error: result.error });
    });
    return () => {
      current = false;
    };
  }, [store, generation]);

  const reload = useCallback(() => {
    setState((previous) => (previous.status === "loaded" ? { ...previous, refreshing: true } : { status: "loading" }));
    setGeneration((n) => n + 1);
  }, []);

  return { state, reload };
}
