import { Button, makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { useCallback, useMemo } from "react";
import type { ContractStore, StoredContract, StoredReview, StoreResult } from "../../workbook/contract-store";
import { numberSeparators } from "../shared/number-separators";
import { settle } from "../shared/settle";
import { StoreErrorBar } from "../shared/StoreErrorBar";
import { useStoreLoad } from "../shared/useStoreLoad";
import { ReviewForm } from "./ReviewForm";

export interface ReviewViewProps {
  readonly store: ContractStore;
  readonly contractId: string;
  /** Called with true after the review is saved, false when the user leaves without saving. */
  readonly onDone: (saved: boolean) => void;
}

interface ReviewStart {
  readonly stored: StoredContract;
  readonly reviews: readonly StoredReview[];
}

const useStyles = makeStyles({
  message: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
  start: { alignSelf: "flex-start" },
});

async function loadReviewStart(store: ContractStore, contractId: string): Promise<StoreResult<ReviewStart>> {
  const [stored, reviews] = await Promise.all([settle(store.getContract(contractId)), settle(store.listReviews(contractId))]);
  if (!stored.ok) return stored;
  if (!reviews.ok) return reviews;
  return { ok: true, value: { stored: stored.value, reviews: reviews.value } };
}

/** Record a review of one contract: opens the contract and its review history, then the review form. */
export default function ReviewView({ store, contractId, onDone }: ReviewViewProps) {
  const styles = useStyles();
  const separators = useMemo(() => numberSeparators(), []);
  const load = useCallback(() => loadReviewStart(store, contractId), [store, contractId]);
  const { state, retry } = useStoreLoad(load);
  const back = useCallback(() => onDone(false), [onDone]);

  if (state.kind === "loading") return <Spinner className={styles.message} size="small" label={`Opening ${contractId}…`} />;
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
  return <ReviewForm store={store} start={state.value.stored} reviews={state.value.reviews} separators={separators} onDone={onDone} />;
}
