import { makeStyles, Text } from "@fluentui/react-components";
import type { ValueContract } from "../../domain/contract";
import type { ContractStore, StoredContract, StoredReview } from "../../workbook/contract-store";
import { useDisplayFormat } from "../shared/display-format";
import { GuardedForm } from "../shared/GuardedForm";
import { SaveOutcome } from "../shared/SaveOutcome";
import { ContractFacts } from "./ContractFacts";
import { DecisionField } from "./DecisionField";
import { EvidenceChecklist } from "./EvidenceChecklist";
import { ReviewField } from "./ReviewField";
import { ReviewHistory } from "./ReviewHistory";
import { reviewControlId, type ReviewField as ReviewFieldKey } from "./review-values";
import { useReviewForm } from "./useReviewForm";
import { useReviewSave } from "./useReviewSave";

const useStyles = makeStyles({
  heading: { margin: 0, overflowWrap: "anywhere" },
});

const focusReviewField = (field: ReviewFieldKey): void => document.getElementById(reviewControlId(field))?.focus();

export interface ReviewBodyProps {
  readonly store: ContractStore;
  readonly stored: StoredContract;
  readonly contract: ValueContract;
  readonly reviews: readonly StoredReview[];
  readonly onReloaded: (current: StoredContract) => void;
  readonly onDone: (saved: boolean) => void;
}

/** The review form of a valid contract: what was found, the suggested decision, the decision, and the history. */
export function ReviewBody({ store, stored, contract, reviews, onReloaded, onDone }: ReviewBodyProps) {
  const styles = useStyles();
  const format = useDisplayFormat();
  const form = useReviewForm(contract, format);
  const saving = useReviewSave({ store, stored, form, focusField: focusReviewField, onReloaded, onSaved: () => onDone(true) });
  const field = (key: ReviewFieldKey) => ({ field: key, value: form.values[key], error: form.errors[key], onChange: form.change, onCommit: form.commit });
  const next = form.check.nextReview;

  return (
    <GuardedForm saveLabel="Save review" busy={saving.busy} onSave={saving.save} changed={form.changed} losing="this review" onLeave={() => onDone(false)}>
      <Text as="h2" size={400} weight="semibold" className={styles.heading}>
        {`Review ${contract.id}: ${contract.title}`}
      </Text>
      <ContractFacts contract={contract} />
      <SaveOutcome
        saving={saving}
        choices="Reload shows its current thresholds and keeps your review as typed; Keep editing saves against the current version as it is."
      />
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
        {next === null ? "Next review: set a review cadence on the contract to schedule one." : `Next review: ${format.date(next)} (${contract.reviewCadence ?? ""}).`}
      </Text>
      <Text as="h3" size={300} weight="semibold" className={styles.heading}>
        Review history
      </Text>
      <ReviewHistory reviews={reviews} />
    </GuardedForm>
  );
}
