import { makeStyles, Spinner, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { StoreResult } from "../../workbook/contract-store";
import { StoreErrorBar } from "./StoreErrorBar";
import { useStoreLoad } from "./useStoreLoad";
import { ViewMessage } from "./ViewMessage";

const useStyles = makeStyles({
  spinner: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
});

export interface LoadedViewProps<T> {
  /** The store read the view opens with; keep it stable (useCallback), since a new one reads again. */
  readonly load: () => Promise<StoreResult<T>>;
  /** What the spinner says meanwhile, e.g. "Opening VC-0007…". */
  readonly loadingLabel: string;
  readonly onBack: () => void;
  /** The view, once the read has succeeded. */
  readonly children: (value: T) => ReactNode;
}

/**
 * A drill-in that opens with a store read: a spinner while it runs, the store's error with Try again
 * and a way back if it fails, the view once it succeeds.
 */
export function LoadedView<T>({ load, loadingLabel, onBack, children }: LoadedViewProps<T>) {
  const styles = useStyles();
  const { state, retry } = useStoreLoad(load);
  if (state.kind === "loading") return <Spinner className={styles.spinner} size="small" label={loadingLabel} />;
  if (state.kind === "failed") {
    return (
      <ViewMessage onBack={onBack}>
        <StoreErrorBar error={state.error} onRetry={retry} />
      </ViewMessage>
    );
  }
  return children(state.value);
}
