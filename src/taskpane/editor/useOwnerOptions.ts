import { useEffect, useState } from "react";
import type { ContractStore } from "../../workbook/contract-store";
import { ownerNames } from "../shared/owner-names";
import { settle } from "../shared/settle";

/**
 * Owners already named in the workbook, offered as suggestions by the owner box. A convenience only:
 * if the list cannot be read the box still takes free text, and the editor's own load reports errors.
 */
export function useOwnerOptions(store: ContractStore): readonly string[] {
  const [owners, setOwners] = useState<readonly string[]>([]);
  useEffect(() => {
    let current = true;
    void settle(store.listContracts()).then((result) => {
      if (!current || !result.ok) return;
      setOwners(ownerNames(result.value.contracts.flatMap((stored) => stored.contract ?? [])));
    });
    return () => {
      current = false;
    };
  }, [store]);
  return owners;
}
