import { MessageBar, MessageBarBody, MessageBarTitle, Text } from "@fluentui/react-components";
import { useCallback, useState } from "react";
import type { ContractStore, StoredContract, StoredReview } from "../../workbook/contract-store";
import { ProblemList } from "../shared/ProblemList";
import { ViewMessage } from "../shared/ViewMessage";
import { ReviewBody } from "./ReviewBody";

export interface ReviewFormProps {
  readonly store: ContractStore;
  readonly start: StoredContract;
  readonly reviews: readonly StoredReview[];
  readonly onDone: (saved: boolean) => void;
}

/**
 * Holds the contract being reviewed (replaced when the user reloads it after a conflict). A row that
 * fails validation cannot take a review, since saving one rewrites the row: it must be fixed first.
 */
export function ReviewForm({ store, start, reviews, onDone }: ReviewFormProps) {
  const [stored, setStored] = useState(start);
  const back = useCallback(() => onDone(false), [onDone]);
  const contract = stored.contract;
  if (contract === null) {
    return (
      <ViewMessage onBack={back}>
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{`${stored.id || "This contract"} has problems in the workbook`}</MessageBarTitle>
            Recording a review updates the contract's row, so fix it first: open it from the portfolio in the editor.
            <ProblemList problems={stored.problems} limit={5} label="Problems in the row" />
          </MessageBarBody>
        </MessageBar>
        <Text size={200}>{`Earlier reviews: ${reviews.length}.`}</Text>
      </ViewMessage>
    );
  }
  return (
    <ReviewBody
      store={store}
      stored={stored}
      contract={contract}
      reviews={reviews}
      onReloaded={setStored}
      onDone={onDone}
    />
  );
}
