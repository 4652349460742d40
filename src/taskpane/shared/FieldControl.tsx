import { Combobox, Field, InfoLabel, Input, makeStyles, Option, Select, Textarea } from "@fluentui/react-components";
import { memo, useEffect, type ReactNode } from "react";
import type { DataField, FormSpec } from "../../domain/field-model";

/** A field the pane edits: its declaration in the field model, with how the form shows it. */
export type FormField<K extends string = string> = DataField<K> & { readonly form: FormSpec };

// A list with long options (capture decisions, mandates) must not push the field wider than a 270 px pane.
const useStyles = makeStyles({
  field: { minWidth: 0 },
  select: { minWidth: 0, maxWidth: "100%", "& select": { minWidth: 0, maxWidth: "100%", textOverflow: "ellipsis" } },
});

export interface FieldControlProps<K extends string> {
  readonly spec: FormField<K>;
  /** The DOM id of the control, so a form can focus it. */
  readonly id: string;
  readonly value: string;
  readonly error: string | undefined;
  readonly required: boolean;
  /** Shown but not editable, with this hint instead of the field's own (a saved contract's Contract ID). */
  readonly readOnlyHint?: string | undefined;
  /** Shown in an empty box (a new contract's Contract ID: the one it would get if saved now). */
  readonly placeholder?: string | undefined;
  /** Take focus as soon as the control is in the page (Save found a problem here), then call onFocused. */
  readonly focusNow?: boolean;
  readonly onFocused?: () => void;
  /** Names offered by an owner box (free text is allowed too). */
  readonly ownerOptions?: readonly string[];
  readonly onChange: (key: K, text: string) => void;
  /** Called when the field is left, or with the chosen value when a list choice is made. */
  readonly onCommit: (key: K, text?: string) => void;
}

/**
 * One field of a form: a Fluent Field (label, hint, error wired for screen readers) around the control
 * its declaration asks for. The label is the field's column header; typing is kept exactly as typed.
 */
function FieldControlOf<K extends string>(props: FieldControlProps<K>) {
  const styles = useStyles();
  const { spec, id, error, required, readOnlyHint, focusNow = false, onFocused } = props;
  useEffect(() => {
    if (!focusNow) return;
    document.getElementById(id)?.focus();
    onFocused?.();
  }, [focusNow, onFocused, id]);
  const info = spec.form.info;
  const label = info ? { children: (_: unknown, slot: object) => <InfoLabel {...slot} info={info}>{spec.header}</InfoLabel> } : spec.header;
  return (
    <Field className={styles.field} label={label} hint={readOnlyHint ?? spec.form.hint} required={required} validationState={error ? "error" : "none"} {...(error ? { validationMessage: error } : {})}>
      <Control {...props} />
    </Field>
  );
}

/** Memoised: a keystroke in one field re-renders the form, but a field whose props are unchanged is left alone. */
export const FieldControl = memo(FieldControlOf) as <K extends string>(props: FieldControlProps<K>) => ReactNode;

function Control<K extends string>({ spec, id, value, readOnlyHint, placeholder, ownerOptions = [], onChange, onCommit }: FieldControlProps<K>) {
  const styles = useStyles();
  const common = { id, onBlur: () => onCommit(spec.key) };
  if (readOnlyHint !== undefined) return <Input id={id} value={value} readOnly />;
  const typed = (_: unknown, data: { value: string }) => onChange(spec.key, data.value);
  switch (spec.kind === "text" ? (spec.form.control ?? "text") : spec.kind) {
    case "paragraph":
      return <Textarea {...common} value={value} resize="vertical" onChange={typed} />;
    case "amount":
    case "signed amount":
    case "number":
    case "fraction":
      return <Input {...common} inputMode="decimal" autoComplete="off" value={value} onChange={typed} />;
    case "date":
      return <Input {...common} type="date" value={value} onChange={typed} />;
    case "list": {
      const options: readonly string[] = spec.kind === "list" ? spec.list : [];
      // A value typed into the sheet that is not in the list stays visible (and invalid) until the user picks another.
      const unknown = value !== "" && !options.includes(value);
      // A list every row must have (Status) offers no blank once one is chosen.
      const blank = spec.required === "always" && value !== "" ? null : <option value="">Not set</option>;
      return (
        <Select className={styles.select} id={id} value={value} onChange={(_, data) => onCommit(spec.key, data.value)} onBlur={common.onBlur}>
          {blank}
          {unknown && <option value={value}>{`${value} (not in the list)`}</option>}
          {options.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </Select>
      );
    }
    case "owner": {
      // Only names that match the typing are offered, so Tab after a new name keeps it instead of picking an old one.
      const wanted = value.trim().toLowerCase();
      const matches = ownerOptions.filter((owner) => owner.toLowerCase().includes(wanted));
      return (
        <Combobox
          {...common}
          freeform
          value={value}
          selectedOptions={ownerOptions.includes(value) ? [value] : []}
          onChange={(event) => onChange(spec.key, event.target.value)}
          onOptionSelect={(_, data) => onCommit(spec.key, data.optionText ?? "")}
        >
          {matches.map((owner) => (
            <Option key={owner}>{owner}</Option>
          ))}
        </Combobox>
      );
    }
    default:
      return <Input {...common} value={value} {...(placeholder ? { placeholder } : {})} onChange={typed} />;
  }
}
