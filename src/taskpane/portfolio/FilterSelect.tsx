import { Field, Select } from "@fluentui/react-components";

export interface FilterSelectProps<T extends string> {
  readonly label: string;
  /** The option meaning "no filter", e.g. "All statuses". */
  readonly anyLabel: string;
  readonly options: readonly T[];
  readonly value: T | null;
  readonly onChange: (value: T | null) => void;
}

/** A labelled native select over a fixed list, with an "all" option that means no filter. */
export function FilterSelect<T extends string>({ label, anyLabel, options, value, onChange }: FilterSelectProps<T>) {
  return (
    <Field label={label} size="small">
      <Select
        size="small"
        value={value ?? ""}
        onChange={(_, data) => onChange(options.find((option) => option === data.value) ?? null)}
      >
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </Select>
    </Field>
  );
}
