import { Button, Field, Input, makeStyles, mergeClasses, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Switch, Text, Textarea, tokens } from "@fluentui/react-components";
import { memo, useEffect } from "react";
import type { LedgerLine } from "../../domain/value-lines";
import { StoreErrorBar } from "./messages";
import { rangeControlId, rangePartLabel, type RangePart, type RangeText, type RowSetSave } from "./range-form";

/**
 * One line's range in a form: a switch "Range for <line>", and when it is on, Low, Likely and High side by
 * side (stacked where the pane is too narrow for three 64 px boxes) and the Basis under them. Each box is a
 * Fluent Field, so its label and its problem are wired for screen readers; the group is named after the line.
 */

/** The look of a range in a form, also worn by the editor's loss exposure (its boxes three to a row). */
export const useRangeStyles = makeStyles({
  range: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
  },
  // Three to a row while each box can be 64 px wide: a 270 px pane leaves ~203 px here (238 px of body, the
  // accordion panel's 12 px margins, this indent), and 3 x 64 + 2 x 4 = 200. Narrower, they stack.
  amounts: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(64px, 1fr))", columnGap: tokens.spacingHorizontalXS, rowGap: tokens.spacingVerticalXS },
  field: { minWidth: 0 },
  // A box with a problem takes the whole row, so its message is not squeezed into a 64 px column.
  wide: { gridColumn: "1 / -1" },
  input: { minWidth: 0, width: "100%" },
  toggle: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
});

export interface RangeFieldsProps {
  /** Prefix of the controls' DOM ids ("contract", "review"): a page may show the same line twice. */
  readonly scope: string;
  readonly line: LedgerLine;
  /** The line's text, or undefined when its range is off. */
  readonly text: RangeText | undefined;
  readonly errors: Readonly<Partial<Record<RangePart, string>>> | undefined;
  /** The contract's plan for the line as the form shows it ("400,000"), the Likely box's placeholder. */
  readonly planText: string;
  /** Take focus in this box as soon as it is in the page (Save found a problem here), then call onFocused. */
  readonly focusPart?: RangePart | null;
  readonly onFocused?: () => void;
  readonly onToggle: (line: LedgerLine, on: boolean) => void;
  readonly onChange: (line: LedgerLine, part: RangePart, text: string) => void;
  readonly onCommit: (line: LedgerLine, part: RangePart) => void;
}

const HINTS: Readonly<Record<RangePart, string | undefined>> = {
  low: undefined,
  likely: undefined,
  high: undefined,
  basis: "Where the range comes from: a pilot's spread, a vendor quote.",
};

function RangeFieldsOf({ scope, line, text, errors, planText, focusPart = null, onFocused, onToggle, onChange, onCommit }: RangeFieldsProps) {
  const styles = useRangeStyles();
  useEffect(() => {
    if (focusPart === null) return;
    document.getElementById(rangeControlId(scope, line, focusPart))?.focus();
    onFocused?.();
  }, [focusPart, onFocused, scope, line]);
  const box = (part: RangePart) => {
    const error = errors?.[part];
    const id = rangeControlId(scope, line, part);
    const common = { id, value: text?.[part] ?? "", onBlur: () => onCommit(line, part), onChange: (_: unknown, data: { value: string }) => onChange(line, part, data.value) };
    const hint = HINTS[part];
    return (
      <Field key={part} size="small" className={mergeClasses(styles.field, error && part !== "basis" ? styles.wide : undefined)} label={rangePartLabel(part)} required={part === "low" || part === "high"} validationState={error ? "error" : "none"} {...(error ? { validationMessage: error } : {})} {...(hint ? { hint } : {})}>
        {part === "basis" ? (
          <Textarea {...common} size="small" resize="vertical" rows={1} />
        ) : (
          <Input {...common} size="small" className={styles.input} inputMode="decimal" autoComplete="off" {...(part === "likely" ? { placeholder: `Plan: ${planText || "0"}` } : {})} />
        )}
      </Field>
    );
  };
  return (
    <>
      <Switch className={styles.toggle} label={`Range for ${line}`} checked={text !== undefined} onChange={(_, data) => onToggle(line, data.checked)} />
      {text !== undefined && (
        <div className={styles.range} role="group" aria-label={`${line} range`}>
          <div className={styles.amounts}>{(["low", "likely", "high"] as const).map(box)}</div>
          {box("basis")}
        </div>
      )}
    </>
  );
}

/** Memoised: typing in one line re-renders only that line. */
export const RangeFields = memo(RangeFieldsOf);

export interface RowSetOutcomeProps {
  readonly saving: Pick<RowSetSave, "conflict" | "error" | "reload" | "keepEditing">;
  /** The conflict's title, e.g. "Ranges changed in the workbook". */
  readonly title: string;
  /** The reload button's label, e.g. "Reload ranges". */
  readonly reloadLabel: string;
  /** What the conflict means and what each button does, after "Nothing was saved: " or what afterContract says. */
  readonly conflictText: string;
  /** What the rows are, for the Keep editing button's name ("Keep editing ranges"): with a range conflict and a loss conflict at once, two buttons must not share a name. */
  readonly subject: string;
  /** Said before a conflict or an error when the contract itself was saved (the editor saves it first), e.g. "The contract was saved, but its ranges were not". */
  readonly afterContract?: string | undefined;
}

/**
 * Why the last save of a contract's rows of one table (its ranges, its loss exposure) did not go through: they
 * changed since they were read (a co-author, an edit in the sheet), so none was written and the user reloads them
 * or keeps editing; or a store error. What was typed stays in the form either way until the user reloads.
 */
export function RowSetOutcome({ saving, title, reloadLabel, conflictText, subject, afterContract }: RowSetOutcomeProps) {
  const before = afterContract === undefined ? "Nothing was saved: " : `${afterContract}: `;
  return (
    <>
      {saving.conflict && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{title}</MessageBarTitle>
            {`${before}${conflictText}`}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={saving.reload}>{reloadLabel}</Button>
            <Button onClick={saving.keepEditing} aria-label={`Keep editing ${subject}`}>
              Keep editing
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {saving.error && (
        <>
          {afterContract !== undefined && <Text size={200}>{`${afterContract}:`}</Text>}
          <StoreErrorBar error={saving.error} />
        </>
      )}
    </>
  );
}

export interface RangesOutcomeProps {
  readonly saving: RowSetOutcomeProps["saving"];
  /** The editor saves the contract before its ranges: say that the contract itself was saved. */
  readonly afterContract?: boolean;
}

/** Why the last save of the ranges did not go through (RowSetOutcome). */
export function RangesOutcome({ saving, afterContract = false }: RangesOutcomeProps) {
  return (
    <RowSetOutcome
      saving={saving}
      title="Ranges changed in the workbook"
      reloadLabel="Reload ranges"
      subject="ranges"
      conflictText="they changed since you opened them. Reload ranges shows them as they are now and drops your range changes; Keep editing keeps yours, and saving then replaces theirs."
      afterContract={afterContract ? "The contract was saved, but its ranges were not" : undefined}
    />
  );
}
