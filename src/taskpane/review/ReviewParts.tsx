import { Button, Checkbox, Field, InfoLabel, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Select, Text, tokens } from "@fluentui/react-components";
import { LightbulbRegular } from "@fluentui/react-icons";
import type { ValueContract } from "../../domain/contract";
import type { DecisionSuggestion } from "../../domain/decision-suggestion";
import { PROVEN_LEVELS, type EvidenceFlags, type ProvenLevel } from "../../domain/evidence";
import { DECISIONS, matchName, type EvidenceLevel, type Status } from "../../domain/lists";
import { headerOf } from "../../domain/field-model";
import { REVIEW_FIELDS, STATUS_AFTER_DECISION } from "../../domain/review";
import type { StoredReview } from "../../workbook/contract-store";
import { useDisplayFormat } from "../shared/display-format";
import { FactList } from "../shared/FactList";
import { ProblemList } from "../shared/messages";
import { reviewControlId } from "./review-form";

/** The parts of the review form that are its own: the contract's facts, the evidence ticks, the decision and the history. */


/** What the reviewer steers by: the contract's status, claimed evidence, thresholds and cadence. */
export function ContractFacts({ contract }: { readonly contract: ValueContract }) {
  const format = useDisplayFormat();
  const facts: ReadonlyArray<readonly [string, string]> = [
    ["Status", contract.status],
    ["Evidence claimed", contract.evidenceLevel ?? "Not set"],
    ["Expand at", contract.expandAtValue === null ? "Not set" : format.amount(contract.expandAtValue)],
    ["Stop below", contract.stopBelowValue === null ? "Not set" : format.amount(contract.stopBelowValue)],
    ["Cadence", contract.reviewCadence ?? "Not set"],
    ["Last review", contract.lastReview === null ? "None yet" : format.date(contract.lastReview)],
  ];
  return <FactList facts={facts} />;
}


const useDecisionStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    overflowWrap: "anywhere",
  },
  title: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
});

export interface DecisionFieldProps {
  readonly value: string;
  readonly error: string | undefined;
  readonly suggestion: DecisionSuggestion;
  readonly status: Status;
  readonly onCommit: (text?: string) => void;
}

/** What the status becomes if the review is saved with this decision. */
function statusNote(decision: string, status: Status): string {
  const known = matchName(DECISIONS, decision);
  if (known === undefined) return "Expand, Redesign, Pause and Terminate also change the contract's status; Continue keeps it.";
  const next = STATUS_AFTER_DECISION[known];
  return next === null ? `Saving keeps the status ${status}.` : `Saving changes the status from ${status} to ${next}.`;
}

/**
 * The suggested decision with its reason, and the decision the reviewer takes. Figures that contradict
 * each other suggest no decision: a warning says what to resolve, with nothing to take.
 */
export function DecisionField({ value, error, suggestion, status, onCommit }: DecisionFieldProps) {
  const styles = useDecisionStyles();
  const suggested = suggestion.decision;
  return (
    <>
      {suggested === null ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>No decision suggested: the figures contradict each other</MessageBarTitle>
            {suggestion.reason}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <section className={styles.card} aria-labelledby="review-suggestion-title">
          <Text id="review-suggestion-title" weight="semibold" className={styles.title}>
            <LightbulbRegular aria-hidden />
            {`Suggested: ${suggested}`}
          </Text>
          <Text size={200}>{suggestion.reason}</Text>
          <Text size={200}>A suggestion from the contract's thresholds and the evidence ticked; you decide.</Text>
          <Button size="small" onClick={() => onCommit(suggested)} disabledFocusable={value === suggested}>
            {`Use ${suggested}`}
          </Button>
        </section>
      )}
      <Field
        label={headerOf(REVIEW_FIELDS, "decision")}
        required
        hint={statusNote(value, status)}
        validationState={error ? "error" : "none"}
        {...(error ? { validationMessage: error } : {})}
      >
        <Select id={reviewControlId("decision")} value={value} onChange={(_, data) => onCommit(data.value)} onBlur={() => onCommit()}>
          <option value="">Choose a decision</option>
          {DECISIONS.map((decision) => (
            <option key={decision} value={decision}>
              {decision}
            </option>
          ))}
        </Select>
      </Field>
    </>
  );
}


const useEvidenceStyles = makeStyles({
  set: { border: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  legend: { padding: 0, fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  hint: { color: tokens.colorNeutralForeground3 },
  result: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalXS, overflowWrap: "anywhere" },
});

/** What each level proves, in a few words, shown next to its checkbox. */
const PROVES: Readonly<Record<ProvenLevel, string>> = {
  Technical: "it does the task well enough (accuracy, reliability)",
  Behavioural: "people or systems really use it (adoption, repeat use)",
  Operational: "the work has changed (throughput, cycle time, quality)",
  Financial: "the numbers moved (revenue, margin, cost, avoided loss)",
  Strategic: "the competitive position moved (differentiation, new markets)",
};

export interface EvidenceChecklistProps {
  readonly flags: EvidenceFlags;
  readonly level: EvidenceLevel;
  readonly gaps: readonly ProvenLevel[];
  /** The level the contract claims now, as a reference point. */
  readonly claimed: EvidenceLevel | null;
  readonly onToggle: (index: number, observed: boolean) => void;
}

/** Five checkboxes, one per evidence level; the review's level is the highest one ticked. */
export function EvidenceChecklist({ flags, level, gaps, claimed, onToggle }: EvidenceChecklistProps) {
  const styles = useEvidenceStyles();
  return (
    <fieldset className={styles.set} aria-describedby="review-evidence-hint">
      <legend className={styles.legend}>Evidence observed</legend>
      <Text id="review-evidence-hint" size={200} className={styles.hint}>
        {`Tick each level for which this review saw evidence, whatever the contract claimed (it claims ${claimed ?? "no level"}).`}
      </Text>
      {PROVEN_LEVELS.map((name, index) => (
        <Checkbox
          key={name}
          checked={flags[index] ?? false}
          onChange={(_, data) => onToggle(index, data.checked === true)}
          label={`${name}: ${PROVES[name]}`}
        />
      ))}
      <div className={styles.result} role="status">
        <InfoLabel size="small" info="The highest level ticked. Lower levels left unticked are gaps: a claim resting on a level whose foundations were not seen.">
          Evidence level
        </InfoLabel>
        <Text weight="semibold">{level}</Text>
        {gaps.length > 0 && <Text size={200}>{`(gaps: ${gaps.join(", ")})`}</Text>}
      </div>
    </fieldset>
  );
}


const useHistoryStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: "anywhere",
  },
  line: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
  text: { whiteSpace: "pre-wrap" },
});

export interface ReviewHistoryProps {
  /** The contract's reviews as the store lists them, oldest first. */
  readonly reviews: readonly StoredReview[];
}

/** The contract's past reviews, newest first: date, decision, evidence, amounts, reviewer and rationale. */
export function ReviewHistory({ reviews }: ReviewHistoryProps) {
  const styles = useHistoryStyles();
  const format = useDisplayFormat();
  if (reviews.length === 0) {
    return <Text size={200}>No reviews recorded yet: this will be the first.</Text>;
  }
  return (
    <ul className={styles.list} aria-label="Earlier reviews, newest first">
      {[...reviews].reverse().map((stored) => {
        const review = stored.review;
        if (review === null) {
          return (
            <li key={`row-${stored.row}`} className={styles.item}>
              <Text weight="semibold">{`Review in row ${stored.row} has problems`}</Text>
              <ProblemList problems={stored.problems} limit={3} label={`Problems in review row ${stored.row}`} />
            </li>
          );
        }
        return (
          <li key={review.id} className={styles.item}>
            <span className={styles.line}>
              <Text weight="semibold">{`${format.date(review.date)}: ${review.decision}`}</Text>
              <Text size={200} className={styles.muted}>{`${review.evidenceLevel} evidence`}</Text>
            </span>
            <Text size={200}>
              {`Realised ${format.amount(review.realisedToDate)} · forecast ${format.amount(review.forecastValue)} · by ${review.reviewer}`}
            </Text>
            {review.rationale !== "" && (
              <Text size={200} className={styles.text}>
                {review.rationale}
              </Text>
            )}
          </li>
        );
      })}
    </ul>
  );
}
