import { useCallback } from "react";
import type { ContractStore, StoredContract, StoredReview, StoreResult } from "../../workbook/contract-store";
import { LoadedView } from "../shared/LoadedView";
import { settle } from "../shared/settle";
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

async function loadReviewStart(store: ContractStore, contractId: string): Promise<StoreResult<ReviewStart>> {
  const [stored, reviews] = await Promise.all([settle(store.getContract(contractId)), settle(store.listReviews(contractId))]);
  if (!stored.ok) return stored;
  if (!reviews.ok) return reviews;
  return { ok: true, value: { stored: stored.value, reviews: reviews.value } };
}

/** Record a review of one contract: opens the contract and its review history, then the review form. */
export default function ReviewView({ store, contractId, onDone }: ReviewViewProps) {
  const load = useCallback(() => loadReviewStart(store, contractId), [store, contractId]);
  const back = useCallback(() => onDone(false), [onDone]);
  return (
    <LoadedView load={load} loadingLabel={`Opening ${contractId}…`} onBack={back}>
      {(start) => <ReviewForm store={store} start={start.stored} reviews={start.reviews} onDone={onDone} />}
    </LoadedView>
  );
}
