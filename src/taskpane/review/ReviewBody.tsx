import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useCallback, useRef, useState } from "react";
import type { ValueContract } from "../../domain/contract";
import type { NumberSeparators } from "../../domain/money-parse";
import type { ContractStore, StoredContract, StoredReview } from "../../workbook/contract-store";
import { BusyButton } from "../shared/BusyButton";
import { ConflictBar } from "../shared/ConflictBar";
import { DiscardDialog } from "../shared/DiscardDialog";
import { withFocusReturn } from "../shared/focus";
import { formatDate } from "../shared/format";
import { StoreErrorBar } from "../shared/StoreErrorBar";
import { useUnsavedGuard } from "../shared/useUnsavedGuard";
import { ContractFacts } from "./ContractFacts";
import { DecisionField } from "./DecisionField";
import { EvidenceChecklist } from "./EvidenceChecklist";
import { ReviewField } from "./ReviewField";
import { ReviewHistory } from "./ReviewHistory";
import { reviewControlId, type ReviewField as ReviewFieldKey } from "./review-values";
import { useReviewForm } from "./useReviewForm";
import { useReviewSave } from "./useReviewSave";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minHeight: "100%" },
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`, flexGrow: 1 },
  heading: { margin: 0, overflowWrap: "anywhere" },
  footer: {
    position: "sticky",
    bottom: 0,
    zIndex: 1,
    display: "flex",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

const focusReviewField = (field: ReviewFieldKey): void => document.getElementById(reviewControlId(field))?.focus();

export interface ReviewBodyProps {
  readonly store: ContractStore;
  readonly stored: StoredContract;
  readonly contract: ValueContract;
  readonly reviews: readonly StoredReview[];
  readonly separators: NumberSeparators;
  readonly onReloaded: (current: StoredContract) => void;
  readonly onDone: (saved: boolean) => void;
}

/** The review form of a valid contract: what was found, the suggested decision, the decision, and the history. */
export function ReviewBody({ store, stored, contract, reviews, separators, onReloaded, onDone }: ReviewBodyProps) {
  const styles = useStyles();
  const form = useReviewForm(contract, separators);
  const saving = useReviewSave({ store, stored, form, focusField: focusReviewField, onReloaded, onSaved: () => onDone(true) });
  const [confirmLeave, setConfirmLeave] = useState(false);
  // Fluent's Button types its ref as the intersection of button and anchor (never): a callback ref fits.
  const cancelButton = useRef<HTMLElement | null>(null);
  const cancelRef = useCallback((element: HTMLElement | null) => {
    cancelButton.current = element;
  }, []);
  useUnsavedGuard(form.changed);
  const cancel = useCallback(() => (form.changed ? setConfirmLeave(true) : onDone(false)), [form.changed, onDone]);
  const field = (key: ReviewFieldKey) => ({ field: key, value: form.values[key], error: form.errors[key], onChange: form.change, onCommit: form.commit });
  const next = form.check.nextReview;

  return (
    <div className={styles.root}>
      <div className={styles.body}>
        <Text as="h2" size={400} weight="semibold" className={styles.heading}>
          {`Review ${contract.id}: ${contract.title}`}
        </Text>
        <ContractFacts contract={contract} />
        {saving.conflict && (
          <ConflictBar
            subject="This contract"
            choices="Reload shows its current thresholds and keeps your review as typed; Keep editing saves against the current version as it is."
            onReload={saving.reload}
            onKeepEditing={saving.keepEditing}
          />
        )}
        {saving.error && <StoreErrorBar error={saving.error} />}
        <ReviewField {...field("date")} kind="date" label="Review date" required hint="The day the review took place; today unless you are catching up." />
        <ReviewField {...field("reviewer")} kind="text" label="Reviewer" required hint="Who led the review and answers for its decision." />
        <EvidenceChecklist flags={form.flags} level={form.check.level} gaps={form.check.gaps} claimed={contract.evidenceLevel} onToggle={form.toggleLevel} />
        <ReviewField {...field("realisedToDate")} kind="amount" label="Realised to date" hint="Value realised so far, net of costs, as measured for this review, e.g. 250k." />
        <ReviewField {...field("forecastValue")} kind="amount" label="Forecast value" hint="What you now expect it to realise, given what this review learnt." />
        <DecisionField
          value={form.values.decision}
          error={form.errors.decision}
          suggestion={form.suggestion}
          status={contract.status}
          onCommit={(text) => form.commit("decision", text)}
        />
        <ReviewField {...field("rationale")} kind="long" label="Rationale" hint="Why this decision, in a few sentences a colleague could check later." />
        <ReviewField
          {...field("assumptionsChanged")}
          kind="long"
          label="Assumptions changed"
          hint="What moved since the last review: model quality, prices, customer behaviour, competitors, regulation."
        />
        <Text size={200}>
          {next === null ? "Next review: set a review cadence on the contract to schedule one." : `Next review: ${formatDate(next)} (${contract.reviewCadence ?? ""}).`}
        </Text>
        <Text as="h3" size={300} weight="semibold" className={styles.heading}>
          Review history
        </Text>
        <ReviewHistory reviews={reviews} />
      </div>
      <div className={styles.footer} role="group" aria-label="Save or cancel">
        <BusyButton appearance="primary" busy={saving.busy} onClick={() => void withFocusReturn(saving.save)}>
          Save review
        </BusyButton>
        <Button ref={cancelRef} onClick={cancel} disabledFocusable={saving.busy}>
          Cancel
        </Button>
      </div>
      <DiscardDialog
        open={confirmLeave}
        what="this review"
        opener={cancelButton}
        onClose={() => setConfirmLeave(false)}
        onDiscarded={() => onDone(false)}
      />
    </div>
  );
}
