import { Link, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import { contractWithStatus, isLiveStatus } from "../../domain/contract";
import type { EditableField, FieldSpec } from "./contract-fields";

const useStyles = makeStyles({
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  // The names run on like a sentence, comma-separated, as many to a line as fit.
  list: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalXS, margin: 0, padding: 0, listStyleType: "none" },
});

export interface MissingSummaryProps {
  /** The status the contract was to be saved with, e.g. "Active". */
  readonly status: string;
  /** The required fields left blank, in form order (never empty). */
  readonly missing: readonly FieldSpec[];
  /** Opens the field's section and focuses it. */
  readonly onGoTo: (key: EditableField) => void;
}

/**
 * After a Save refused with required fields blank: what is missing, once, at the top of the form (each
 * field itself says only that it is required). Each name goes to its field. Announced politely, so it
 * does not cut off the field Save has just focused.
 */
export function MissingSummary({ status, missing, onGoTo }: MissingSummaryProps) {
  const styles = useStyles();
  const count = missing.length === 1 ? "1 required field is" : `${missing.length} required fields are`;
  const whose = contractWithStatus(status);
  const them = missing.length === 1 ? "it" : "them";
  return (
    <MessageBar intent="error" layout="multiline" politeness="polite">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{`Not saved: ${count} empty`}</MessageBarTitle>
        <ul className={styles.list} aria-label="Missing fields">
          {missing.map((spec, index) => (
            <li key={spec.key}>
              <Link as="button" inline onClick={() => onGoTo(spec.key)}>
                {spec.header}
              </Link>
              {index < missing.length - 1 ? "," : ""}
            </li>
          ))}
        </ul>
        {isLiveStatus(status) && <span>{`${whose.charAt(0).toUpperCase()}${whose.slice(1)} needs ${them}; a Draft does not.`}</span>}
      </MessageBarBody>
    </MessageBar>
  );
}
