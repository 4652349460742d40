import { useCallback } from "react";
import type { ContractStore } from "../../workbook/contract-store";
import { LoadedView } from "../shared/LoadedView";
import { ReviewForm } from "./ReviewForm";

export interface ReviewViewProps {
  readonly store: ContractStore;
  readonly contractId: string;
  /** Called with true after the review is saved, false when the user leaves without saving. */
  readonly onDone: (saved: boolean) => void;
}

/** Record a review of one contract: opens the contract and its review history, then the review form. */
export default function ReviewView({ store, contractId, onDone }: ReviewViewProps) {
  const load = useCallback(() => store.openReview(contractId), [store, contractId]);
  const back = useCallback(() => onDone(false), [onDone]);
  return (
    <LoadedView load={load} loadingLabel={`Opening ${contractId}…`} onBack={back}>
      {(start) => <ReviewForm store={store} start={start.stored} reviews={start.reviews} onDone={onDone} />}
    </LoadedView>
  );
}
