import { useCallback } from "react";
import type { ContractStore, WorkbookCheck } from "../../workbook/contract-store";
import { useStoreLoad, type LoadState } from "../shared/useStoreLoad";

export type CheckState = LoadState<WorkbookCheck>;

/** Checks the workbook when opened and on recheck(). */
export function useWorkbookCheck(store: ContractStore): { state: CheckState; recheck: () => void } {
  const load = useCallback(() => store.check(), [store]);
  const { state, retry } = useStoreLoad(load);
  return { state, recheck: retry };
}
