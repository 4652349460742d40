import { AccordionHeader, AccordionItem, AccordionPanel, Badge, Link, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import { ErrorCircle12Regular } from "@fluentui/react-icons";
import { Fragment } from "react";
import { contractWithStatus, isLiveStatus } from "../../domain/contract";
import { LEDGER_LINES, LINE_FIELDS, type LedgerLine } from "../../domain/value-lines";
import { FieldControl } from "../shared/FieldControl";
import type { RangeDraftState, RangePart } from "../shared/range-form";
import { RangeFields } from "../shared/RangeFields";
import { fieldControlId, isRequiredField, type ContractErrors, type ContractValues, type EditableField, type FieldSpec, type SectionSpec } from "./contract-form";
import { LossFields } from "./LossFields";
import { LOSS_FIELD, type LossDraftState, type LossKey } from "./loss-form";

const useStyles = makeStyles({
  header: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalL,
    // A control scrolled into view (by Tab, or focus after Save) stays clear of the sticky figures strip and footer.
    "& input, & textarea, & select, & button": { scrollMarginTop: "112px", scrollMarginBottom: "72px" },
  },
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  // The names run on like a sentence, comma-separated, as many to a line as fit.
  list: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalXS, margin: 0, padding: 0, listStyleType: "none" },
});

/** The hint a saved contract's Contract ID shows instead of its own: it cannot be changed here. */
const ID_KEPT = "Saved contracts keep their ID: the workbook finds the row by it.";

export interface ContractSectionProps {
  readonly section: SectionSpec;
  /** h2 under the view's title; h3 under a saved contract's own heading. */
  readonly headingLevel: "h2" | "h3";
  readonly values: ContractValues;
  readonly errors: ContractErrors;
  readonly ownerOptions: readonly string[];
  /** Shown but not editable (the Contract ID of a saved contract: the store finds the row by it). */
  readonly locked: ReadonlySet<EditableField>;
  /** A contract not yet saved: its Contract ID may stay blank, and shows the one it would get (nextId). */
  readonly isNew: boolean;
  readonly nextId: string;
  /** The field to focus once it is in the page, if any. */
  readonly pendingFocus: EditableField | null;
  readonly onFocused: () => void;
  readonly onChange: (key: EditableField, text: string) => void;
  readonly onCommit: (key: EditableField, text?: string) => void;
  /** The ranges of the 16 amount fields of the value equation: each has a "Range for <line>" switch under it. */
  readonly ranges: Pick<RangeDraftState, "drafts" | "errors" | "toggle" | "change" | "commit">;
  /** The range box to focus once it is in the page, if any. */
  readonly pendingRange: { readonly line: LedgerLine; readonly part: RangePart } | null;
  /** The loss exposure, under Avoided loss and its range. */
  readonly loss: Pick<LossDraftState, "text" | "errors" | "curve" | "toggle" | "change" | "commit">;
  /** The contract's Avoided loss plan as the figures read it (currency a year, blank 0). */
  readonly lossPlan: number;
  /** The loss exposure box to focus once it is in the page, if any. */
  readonly pendingLoss: LossKey | null;
}

/** The line of the value equation an amount field is the plan of, or undefined for any other field. */
const lineOf = (key: EditableField): LedgerLine | undefined => {
  const index = LINE_FIELDS.findIndex((field) => field === key);
  return index < 0 ? undefined : LEDGER_LINES[index];
};

/** One part of the contract as an accordion panel; its header says how many of its fields need fixing. */
export function ContractSection({ section, headingLevel, values, errors, ownerOptions, locked, isNew, nextId, pendingFocus, onFocused, onChange, onCommit, ranges, pendingRange, loss, lossPlan, pendingLoss }: ContractSectionProps) {
  const styles = useStyles();
  const rangeErrors = section.fields.reduce((sum, spec) => {
    const line = lineOf(spec.key);
    return sum + (line === undefined ? 0 : Object.keys(ranges.errors[line] ?? {}).length);
  }, 0);
  const lossErrors = section.fields.some((spec) => spec.key === LOSS_FIELD) ? Object.keys(loss.errors).length : 0;
  const count = section.fields.filter((spec) => errors[spec.key] !== undefined).length + rangeErrors + lossErrors;
  const status = values.status;
  return (
    <AccordionItem value={section.id}>
      <AccordionHeader as={headingLevel} expandIconPosition="end">
        <span className={styles.header}>
          {section.title}
          {count > 0 && (
            <Badge appearance="tint" color="danger" icon={<ErrorCircle12Regular />}>
              {count === 1 ? "1 to fix" : `${count} to fix`}
            </Badge>
          )}
        </span>
      </AccordionHeader>
      <AccordionPanel className={styles.panel}>
        {section.fields.map((spec) => {
          const line = lineOf(spec.key);
          return (
            <Fragment key={spec.key}>
              <FieldControl
                spec={spec}
                id={fieldControlId(spec.key)}
                value={values[spec.key]}
                error={errors[spec.key]}
                required={isRequiredField(spec, status, isNew)}
                ownerOptions={ownerOptions}
                readOnlyHint={locked.has(spec.key) ? ID_KEPT : undefined}
                placeholder={isNew && spec.key === "id" ? `${nextId} if left blank` : undefined}
                focusNow={pendingFocus === spec.key}
                onFocused={onFocused}
                onChange={onChange}
                onCommit={onCommit}
              />
              {line !== undefined && (
                <RangeFields
                  scope="contract"
                  line={line}
                  text={ranges.drafts[line]}
                  errors={ranges.errors[line]}
                  planText={values[spec.key]}
                  focusPart={pendingRange?.line === line ? pendingRange.part : null}
                  onFocused={onFocused}
                  onToggle={ranges.toggle}
                  onChange={ranges.change}
                  onCommit={ranges.commit}
                />
              )}
              {spec.key === LOSS_FIELD && (
                <LossFields
                  text={loss.text}
                  errors={loss.errors}
                  curve={loss.curve}
                  plan={lossPlan}
                  focusKey={pendingLoss}
                  onFocused={onFocused}
                  onToggle={loss.toggle}
                  onChange={loss.change}
                  onCommit={loss.commit}
                />
              )}
            </Fragment>
          );
        })}
      </AccordionPanel>
    </AccordionItem>
  );
}

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
