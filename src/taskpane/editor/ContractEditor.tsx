import { Button, makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { useCallback, useMemo } from "react";
import type { ContractStore } from "../../workbook/contract-store";
import { numberSeparators } from "../shared/number-separators";
import { StoreErrorBar } from "../shared/StoreErrorBar";
import { useStoreLoad } from "../shared/useStoreLoad";
import { EditorForm } from "./EditorForm";
import { loadEditorStart } from "./load-contract";

export interface ContractEditorProps {
  readonly store: ContractStore;
  /** The contract to edit, or null for a new one. */
  readonly contractId: string | null;
  /** Called after a save with the contract's ID, or with null when the user leaves without saving. */
  readonly onDone: (savedId: string | null) => void;
}

const useStyles = makeStyles({
  message: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
  start: { alignSelf: "flex-start" },
});

/** The contract editor: opens the contract (or a new Draft), then the form with its figures and Save. */
export default function ContractEditor({ store, contractId, onDone }: ContractEditorProps) {
  const styles = useStyles();
  const separators = useMemo(() => numberSeparators(), []);
  const load = useCallback(() => loadEditorStart(store, contractId, separators), [store, contractId, separators]);
  const { state, retry } = useStoreLoad(load);
  const back = useCallback(() => onDone(null), [onDone]);

  if (state.kind === "loading") {
    return <Spinner className={styles.message} size="small" label={contractId === null ? "Preparing a new contract…" : `Opening ${contractId}…`} />;
  }
  if (state.kind === "failed") {
    return (
      <div className={styles.message}>
        <StoreErrorBar error={state.error} onRetry={retry} />
        <Button className={styles.start} onClick={back}>
          Back to the portfolio
        </Button>
      </div>
    );
  }
  return <EditorForm store={store} start={state.value} separators={separators} onDone={onDone} />;
}
