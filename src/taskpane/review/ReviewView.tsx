import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Text } from "@fluentui/react-components";
import { useCallback, useMemo, useState } from "react";
import type { ValueContract } from "../../domain/contract";
import type { ContractStore, StoredContract, StoredRange, StoredReview } from "../../workbook/contract-store";
import { DrillIn, DrillInForm } from "../shared/drill-in";
import { useDisplayFormat } from "../shared/display-format";
import { FieldControl } from "../shared/FieldControl";
import { ProblemList, SaveOutcome, ViewMessage } from "../shared/messages";
import { ledgerToDate, REVIEW_FORM_FIELDS, reviewControlId, useReviewForm, useReviewSave, type LedgerToDate, type ReviewKey } from "./review-form";
import { useContractSimulation } from "../uncertainty/useSimulation";
import { RangeRiskLine, ReviewRanges } from "./ReviewRanges";
import { todayIso } from "../shared/display-format";
import type { LedgerEntry } from "../../domain/ledger";
import { pauseLossProbability, type WorkbookSettings } from "../../domain/settings";
import { ContractFacts, DecisionField, EvidenceChecklist, ReviewHistory } from "./ReviewParts";

const useStyles = makeStyles({
  heading: { margin: 0, overflowWrap: "anywhere" },
});

export interface ReviewViewProps {
  readonly store: ContractStore;
  readonly contractId: string;
  /** Called with true after the review is saved, false when the user leaves without saving. */
  readonly onDone: (saved: boolean) => void;
}

/** Record a review of one contract: opens the contract and its review history (one request), then the review form. */
export default function ReviewView({ store, contractId, onDone }: ReviewViewProps) {
  const read = useCallback(() => store.openReview(contractId), [store, contractId]);
  const back = useCallback(() => onDone(false), [onDone]);
  return (
    <DrillIn read={read} loadingLabel={`Opening ${contractId}…`} onBack={back}>
      {(opened) => <ReviewOfContract store={store} start={opened.stored} reviews={opened.reviews} ledger={opened.ledger} settings={opened.settings} ranges={opened.ranges} onDone={onDone} />}
    </DrillIn>
  );
}

interface ReviewOfContractProps {
  readonly store: ContractStore;
  readonly start: StoredContract;
  readonly reviews: readonly StoredReview[];
  /** The contract's ledger rows and the workbook's settings, read with it. */
  readonly ledger: readonly LedgerEntry[];
  readonly settings: WorkbookSettings;
  /** The contract's ValueRanges rows, read with it. */
  readonly ranges: readonly StoredRange[];
  readonly onDone: (saved: boolean) => void;
}

/**
 * Holds the contract being reviewed (replaced when the user reloads it after a conflict). A row that
 * fails validation cannot take a review, since saving one rewrites the row: it must be fixed first.
 */
function ReviewOfContract({ store, start, reviews, ledger, settings, ranges, onDone }: ReviewOfContractProps) {
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
    <ReviewForm
      store={store}
      stored={stored}
      contract={contract}
      reviews={reviews}
      ledger={ledgerToDate(ledger, contract, settings, todayIso())}
      ranges={ranges}
      pauseAt={pauseLossProbability(settings)}
      onReloaded={setStored}
      onDone={onDone}
    />
  );
}

const focusReviewField = (field: ReviewKey): void => document.getElementById(reviewControlId(field))?.focus();

interface ReviewFormProps {
  readonly store: ContractStore;
  readonly stored: StoredContract;
  readonly contract: ValueContract;
  readonly reviews: readonly StoredReview[];
  readonly ledger: LedgerToDate;
  readonly ranges: readonly StoredRange[];
  /** The workbook's Pause loss probability, a fraction. */
  readonly pauseAt: number;
  readonly onReloaded: (current: StoredContract) => void;
  readonly onDone: (saved: boolean) => void;
}

/** The review form of a valid contract: what was found, the suggested decision, the decision, and the history. */
function ReviewForm({ store, stored, contract, reviews, ledger, ranges, pauseAt, onReloaded, onDone }: ReviewFormProps) {
  const styles = useStyles();
  const format = useDisplayFormat();
  // The ranges as read, then as the reviewer last saved them: the simulation follows them, in slices (a few ms in
  // all), and from the cache when the contract page has just run it. Until it is done the suggestion leaves the
  // ranges out, and the line under it says they are being simulated.
  const [rangeRows, setRangeRows] = useState(ranges);
  const { state: simulation, result: risk } = useContractSimulation(contract, rangeRows);
  const lossRisk = useMemo(() => ({ lossProbability: risk?.summary.probabilityBelowZero ?? null, pauseLossProbability: pauseAt }), [risk, pauseAt]);
  const form = useReviewForm(contract, format, ledger, lossRisk);
  const saving = useReviewSave({ store, stored, form, focusField: focusReviewField, onReloaded, onSaved: () => onDone(true) });
  const field = (key: ReviewKey) => {
    const spec = REVIEW_FORM_FIELDS.get(key);
    if (spec === undefined) return null;
    const required = "required" in spec && spec.required === "always";
    return <FieldControl spec={spec} id={reviewControlId(key)} value={form.values[key]} error={form.errors[key]} required={required} onChange={form.change} onCommit={form.commit} />;
  };
  const next = form.check.nextReview;

  return (
    <DrillInForm saveLabel="Save review" busy={saving.busy} onSave={saving.save} changed={form.changed} losing="this review" onLeave={() => onDone(false)}>
      <Text as="h2" size={400} weight="semibold" className={styles.heading}>
        {`Review ${contract.id}: ${contract.title}`}
      </Text>
      <ContractFacts contract={contract} />
      <SaveOutcome saving={saving} choices="Reload shows its current thresholds and keeps your review as typed; Keep editing saves against the current version as it is." />
      {field("date")}
      {field("reviewer")}
      <EvidenceChecklist flags={form.flags} level={form.check.level} gaps={form.check.gaps} claimed={contract.evidenceLevel} onToggle={form.toggleLevel} />
      {ledger.realisedToDate !== null && ledger.planToDate !== null && ledger.elapsedMonths !== null && (
        <Text size={200}>{`From the value ledger: ${format.amount(ledger.realisedToDate)} realised against a plan of ${format.amount(ledger.planToDate)} for the periods to date (${ledger.elapsedMonths} months). Realised to date starts from it.`}</Text>
      )}
      {field("realisedToDate")}
      {field("forecastValue")}
      <RangeRiskLine risk={risk} running={simulation.status === "running"} />
      <ReviewRanges store={store} contract={contract} rows={rangeRows} onSaved={setRangeRows} />
      <DecisionField value={form.values.decision} error={form.errors.decision} suggestion={form.suggestion} status={contract.status} onCommit={(text) => form.commit("decision", text)} />
      {field("rationale")}
      {field("assumptionsChanged")}
      <Text size={200}>
        {next === null ? "Next review: set a review cadence on the contract to schedule one." : `Next review: ${format.date(next)} (${contract.reviewCadence ?? ""}).`}
      </Text>
      <Text as="h3" size={300} weight="semibold" className={styles.heading}>
        Review history
      </Text>
      <ReviewHistory reviews={reviews} />
    </DrillInForm>
  );
}
