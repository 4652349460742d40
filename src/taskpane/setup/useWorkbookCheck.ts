import { useCallback, useEffect, useState } from "react";
import type { ContractStore, StoreError, WorkbookCheck } from "../../workbook/contract-store";
import { settle } from "../shared/settle";

export type CheckState =
  | { readonly status: "checking" }
  /** tablesExist: false when the store reports the tables are not set up at all (offer Create rather than Repair). */
  | { readonly status: "checked"; readonly check: WorkbookCheck; readonly tablesExist: boolean }
  | { readonly status: "error"; readonly error: StoreError };

/** Checks the workbook when opened and on recheck(): every problem the store finds. */
export function useWorkbookCheck(store: ContractStore): { state: CheckState; recheck: () => void } {
  const [state, setState] = useState<CheckState>({ status: "checking" });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let current = true;
    void (async () => {
      const check = await settle(store.check());
      if (!check.ok) {
        if (current) setState({ status: "error", error: check.error });
        return;
      }
      const list = check.value.ready ? null : await settle(store.listContracts());
      const tablesExist = list === null || list.ok || list.error.kind !== "not-set-up";
      if (current) setState({ status: "checked", check: check.value, tablesExist });
    })();
    return () => {
      current = false;
    };
  }, [store, generation]);
  const recheck = useCallback(() => {
    setState({ status: "checking" });
    setGeneration((n) => n + 1);
  }, []);
  return { state, recheck };
}
