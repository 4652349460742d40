import { Button, Field, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import { LightbulbRegular } from "@fluentui/react-icons";
import { STATUS_AFTER_DECISION } from "../../domain/review";
import type { DecisionSuggestion } from "../../domain/decision-suggestion";
import { DECISIONS, matchName, type Status } from "../../domain/lists";
import { reviewControlId } from "./review-values";

const useStyles = makeStyles({
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

/** The suggested decision with its reason, and the decision the reviewer takes. */
export function DecisionField({ value, error, suggestion, status, onCommit }: DecisionFieldProps) {
  const styles = useStyles();
  return (
    <>
      <section className={styles.card} aria-labelledby="review-suggestion-title">
        <Text id="review-suggestion-title" weight="semibold" className={styles.title}>
          <LightbulbRegular aria-hidden />
          {`Suggested: ${suggestion.decision}`}
        </Text>
        <Text size={200}>{suggestion.reason}</Text>
        <Text size={200}>A suggestion from the contract's thresholds and the evidence ticked; you decide.</Text>
        <Button size="small" onClick={() => onCommit(suggestion.decision)} disabledFocusable={value === suggestion.decision}>
          {`Use ${suggestion.decision}`}
        </Button>
      </section>
      <Field
        label="Decision"
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
