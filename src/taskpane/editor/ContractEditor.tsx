import { useCallback } from "react";
import type { ContractStore } from "../../workbook/contract-store";
import { LoadedView } from "../shared/LoadedView";
import { useDisplayFormat } from "../shared/display-format";
import { EditorForm } from "./EditorForm";
import { loadEditorStart } from "./load-contract";

export interface ContractEditorProps {
  readonly store: ContractStore;
  /** The contract to edit, or null for a new one. */
  readonly contractId: string | null;
  /** Its sheet row, to open that row when others share its ID; otherwise the first row with the ID. */
  readonly row?: number | undefined;
  /** Called after a save with the contract's ID, or with null when the user leaves without saving. */
  readonly onDone: (savedId: string | null) => void;
}

/** The contract editor: opens the contract (or a new Draft), then the form with its figures and Save. */
export default function ContractEditor({ store, contractId, row, onDone }: ContractEditorProps) {
  const { separators } = useDisplayFormat();
  const load = useCallback(() => loadEditorStart(store, contractId, separators, row), [store, contractId, separators, row]);
  const back = useCallback(() => onDone(null), [onDone]);
  return (
    <LoadedView load={load} loadingLabel={contractId === null ? "Preparing a new contract…" : `Opening ${contractId}…`} onBack={back}>
      {(start) => <EditorForm store={store} start={start} separators={separators} onDone={onDone} />}
    </LoadedView>
  );
}
