import { Field, Input, makeStyles, mergeClasses, Switch, Text, Textarea, tokens } from "@fluentui/react-components";
import { memo, useEffect, useId } from "react";
import type { ExceedanceCurve as Curve } from "../../domain/loss-exposure";
import { useDisplayFormat } from "../shared/display-format";
import { RowSetOutcome, useRangeStyles, type RowSetOutcomeProps } from "../shared/RangeFields";
import { ExceedanceCurve } from "../uncertainty/ExceedanceCurve";
import { LOSS_LINE, LOSS_SIDES, lossControlId, lossHeader, lossHint, lossSentence, type LossErrors, type LossKey, type LossSide, type LossText } from "./loss-form";

/**
 * The loss exposure under the contract's Avoided loss: a switch "Loss exposure for Avoided loss", and when it is
 * on, Low, Likely and High for each of the four ranges (as a line's range lays them out, three to a row), the
 * Basis, and while every figure is valid the loss exceedance curve with the avoided loss the model implies beside
 * the contract's plan. Each range is a group named after it and described by what it counts; each box is a Fluent
 * Field, so its label and its problem are wired for screen readers.
 */

const useStyles = makeStyles({
  side: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  hint: { color: tokens.colorNeutralForeground3 },
  sentence: { margin: 0 },
});

export interface LossFieldsProps {
  /** The boxes' text, or null while the loss exposure is off. */
  readonly text: LossText | null;
  readonly errors: LossErrors;
  /** The curve of the figures as typed, or null while a box is invalid. */
  readonly curve: Curve | null;
  /** The contract's Avoided loss plan (currency a year, blank 0), set beside what the model implies. */
  readonly plan: number;
  /** Take focus in this box as soon as it is in the page (Save found a problem here), then call onFocused. */
  readonly focusKey?: LossKey | null;
  readonly onFocused?: () => void;
  readonly onToggle: (on: boolean) => void;
  readonly onChange: (key: LossKey, text: string) => void;
  readonly onCommit: (key: LossKey) => void;
}

function LossFieldsOf({ text, errors, curve, plan, focusKey = null, onFocused, onToggle, onChange, onCommit }: LossFieldsProps) {
  const styles = { ...useRangeStyles(), ...useStyles() };
  const format = useDisplayFormat();
  const id = useId();
  useEffect(() => {
    if (focusKey === null) return;
    document.getElementById(lossControlId(focusKey))?.focus();
    onFocused?.();
  }, [focusKey, onFocused]);

  const box = (key: LossKey, label: string, required: boolean) => {
    const error = errors[key];
    const common = { id: lossControlId(key), value: text?.[key] ?? "", onBlur: () => onCommit(key), onChange: (_: unknown, data: { value: string }) => onChange(key, data.value) };
    const hint = key === "basis" ? lossHint(key) : undefined;
    return (
      <Field key={key} size="small" className={mergeClasses(styles.field, error && key !== "basis" ? styles.wide : undefined)} label={label} required={required} validationState={error ? "error" : "none"} {...(error ? { validationMessage: error } : {})} {...(hint ? { hint } : {})}>
        {key === "basis" ? <Textarea {...common} size="small" resize="vertical" rows={1} /> : <Input {...common} size="small" className={styles.input} inputMode="decimal" autoComplete="off" />}
      </Field>
    );
  };
  const side = (range: LossSide) => (
    <div key={range.id} className={styles.side} role="group" aria-labelledby={`${id}-${range.id}`} aria-describedby={`${id}-${range.id}-hint`}>
      <Text id={`${id}-${range.id}`} size={200} weight="semibold">
        {range.label}
      </Text>
      <Text id={`${id}-${range.id}-hint`} size={200} className={styles.hint}>
        {range.hint}
      </Text>
      <div className={styles.amounts}>{range.boxes.map((part) => box(part.key, part.label, !range.optional))}</div>
    </div>
  );

  return (
    <>
      <Switch className={styles.toggle} label={`Loss exposure for ${LOSS_LINE}`} checked={text !== null} onChange={(_, data) => onToggle(data.checked)} />
      {text !== null && (
        <div className={styles.range} role="group" aria-label="Loss exposure">
          {LOSS_SIDES.map(side)}
          {box("basis", lossHeader("basis"), false)}
          {curve === null ? (
            <Text size={200} className={styles.hint}>
              The loss exceedance curve shows once every figure is valid.
            </Text>
          ) : (
            <>
              <ExceedanceCurve thresholds={curve.thresholds} without={curve.without} with={curve.with} />
              <Text as="p" size={200} className={styles.sentence}>
                {lossSentence(curve, plan, format.amount)}
              </Text>
            </>
          )}
        </div>
      )}
    </>
  );
}

/** Memoised: typing in another field of the section does not redraw the curve. */
export const LossFields = memo(LossFieldsOf);

/** Why the last save of the loss exposure did not go through (RowSetOutcome); afterContract: the contract itself was saved first. */
export function LossOutcome({ saving, afterContract }: { readonly saving: RowSetOutcomeProps["saving"]; readonly afterContract: boolean }) {
  return (
    <RowSetOutcome
      saving={saving}
      title="Loss exposure changed in the workbook"
      reloadLabel="Reload loss exposure"
      subject="loss exposure"
      conflictText="it changed since you opened it. Reload loss exposure shows it as it is now and drops your changes to it; Keep editing keeps yours, and saving then replaces theirs."
      afterContract={afterContract ? "The contract was saved, but its loss exposure was not" : undefined}
    />
  );
}
