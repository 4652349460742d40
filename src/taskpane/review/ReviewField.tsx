import { Field, Input, Textarea } from "@fluentui/react-components";
import { reviewControlId, type ReviewField as ReviewFieldKey } from "./review-values";

export interface ReviewFieldProps {
  readonly field: ReviewFieldKey;
  readonly label: string;
  readonly hint: string;
  readonly kind: "text" | "long" | "amount" | "date";
  readonly value: string;
  readonly error: string | undefined;
  readonly required?: boolean;
  readonly onChange: (field: ReviewFieldKey, text: string) => void;
  readonly onCommit: (field: ReviewFieldKey) => void;
}

/** One review field in a Fluent Field: label, hint and error wired for screen readers; typing is kept as typed. */
export function ReviewField({ field, label, hint, kind, value, error, required = false, onChange, onCommit }: ReviewFieldProps) {
  const control = { id: reviewControlId(field), value, onBlur: () => onCommit(field) };
  const changed = (_: unknown, data: { value: string }) => onChange(field, data.value);
  return (
    <Field label={label} hint={hint} required={required} validationState={error ? "error" : "none"} {...(error ? { validationMessage: error } : {})}>
      {kind === "long" ? (
        <Textarea {...control} resize="vertical" onChange={changed} />
      ) : kind === "amount" ? (
        <Input {...control} inputMode="decimal" autoComplete="off" onChange={changed} />
      ) : (
        <Input {...control} type={kind === "date" ? "date" : "text"} onChange={changed} />
      )}
    </Field>
  );
}
