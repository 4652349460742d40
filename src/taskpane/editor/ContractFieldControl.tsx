import { Combobox, Field, InfoLabel, Input, makeStyles, Option, Select, Textarea } from "@fluentui/react-components";
import { memo, useEffect } from "react";
import { fieldControlId, type EditableField, type FieldSpec } from "./contract-fields";

// A list with long options (capture decisions, mandates) must not push the field wider than a 270 px pane.
const useStyles = makeStyles({
  field: { minWidth: 0 },
  select: { minWidth: 0, maxWidth: "100%", "& select": { minWidth: 0, maxWidth: "100%", textOverflow: "ellipsis" } },
});

export interface ContractFieldControlProps {
  readonly spec: FieldSpec;
  readonly value: string;
  readonly error: string | undefined;
  readonly required: boolean;
  /** Shown but not editable (the Contract ID of a saved contract: the store finds the row by it). */
  readonly readOnly: boolean;
  /** Take focus as soon as the control is in the page (Save found a problem here). */
  readonly focusNow: boolean;
  readonly onFocused: () => void;
  /** Shown in an empty box (a new contract's Contract ID: the one it would get if saved now). */
  readonly placeholder?: string | undefined;
  /** Names already used as owners, offered by the owner box (free text is allowed too). */
  readonly ownerOptions: readonly string[];
  readonly onChange: (key: EditableField, text: string) => void;
  /** Called when the field is left, or with the chosen value when a list choice is made. */
  readonly onCommit: (key: EditableField, text?: string) => void;
}

/** One contract field: a Fluent Field (label, hint, error wired for screen readers) around the right control. */
export const ContractFieldControl = memo(function ContractFieldControl(props: ContractFieldControlProps) {
  const styles = useStyles();
  const { spec, value, error, required, readOnly, focusNow, onFocused } = props;
  useEffect(() => {
    if (!focusNow) return;
    document.getElementById(fieldControlId(spec.key))?.focus();
    onFocused();
  }, [focusNow, onFocused, spec.key]);
  const info = "info" in spec.form ? spec.form.info : undefined;
  const label = info ? { children: (_: unknown, slot: object) => <InfoLabel {...slot} info={info}>{spec.header}</InfoLabel> } : spec.header;
  return (
    <Field className={styles.field} label={label} hint={readOnly ? "Saved contracts keep their ID: the workbook finds the row by it." : spec.form.hint} required={required} validationState={error ? "error" : "none"} {...(error ? { validationMessage: error } : {})}>
      <Control {...props} />
    </Field>
  );
});

function Control({ spec, value, readOnly, placeholder, ownerOptions, onChange, onCommit }: ContractFieldControlProps) {
  const common = { id: fieldControlId(spec.key), onBlur: () => onCommit(spec.key) };
  if (readOnly) return <Input id={common.id} value={value} readOnly />;
  const control = "control" in spec.form ? spec.form.control : undefined;
  switch (spec.kind === "text" ? (control ?? "text") : spec.kind) {
    case "paragraph":
      return <Textarea {...common} value={value} resize="vertical" onChange={(_, data) => onChange(spec.key, data.value)} />;
    case "amount":
    case "signed amount":
    case "number":
      return <Input {...common} inputMode="decimal" autoComplete="off" value={value} onChange={(_, data) => onChange(spec.key, data.value)} />;
    case "date":
      return <Input {...common} type="date" value={value} onChange={(_, data) => onChange(spec.key, data.value)} />;
    case "list":
      return <ChoiceSelect spec={spec} value={value} onCommit={onCommit} />;
    case "owner": {
      // Only names that match the typing are offered, so Tab after a new name keeps it instead of picking an old one.
      const typed = value.trim().toLowerCase();
      const matches = ownerOptions.filter((owner) => owner.toLowerCase().includes(typed));
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
      return <Input {...common} value={value} {...(placeholder ? { placeholder } : {})} onChange={(_, data) => onChange(spec.key, data.value)} />;
  }
}

function ChoiceSelect({ spec, value, onCommit }: Pick<ContractFieldControlProps, "spec" | "value" | "onCommit">) {
  const styles = useStyles();
  const options: readonly string[] = spec.kind === "list" ? spec.list : [];
  // A value typed into the sheet that is not in the list stays visible (and invalid) until the user picks another.
  const unknown = value !== "" && !options.includes(value);
  return (
    <Select className={styles.select} id={fieldControlId(spec.key)} value={value} onChange={(_, data) => onCommit(spec.key, data.value)} onBlur={() => onCommit(spec.key)}>
      {"required" in spec && spec.required === "always" && value !== "" ? null : <option value="">Not set</option>}
      {unknown && <option value={value}>{`${value} (not in the list)`}</option>}
      {options.map((option) => (
        <option key={option} value={option}>
          {option}
        </option>
      ))}
    </Select>
  );
}
