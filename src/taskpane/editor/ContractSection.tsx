import { AccordionHeader, AccordionItem, AccordionPanel, Badge, makeStyles, tokens } from "@fluentui/react-components";
import { ErrorCircle12Regular } from "@fluentui/react-icons";
import type { EditableField, SectionSpec } from "./contract-fields";
import { ContractFieldControl } from "./ContractFieldControl";
import { isRequiredField, type FieldErrors, type FormValues } from "./form-values";

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
});

export interface ContractSectionProps {
  readonly section: SectionSpec;
  /** h2 under the view's title; h3 under a saved contract's own heading. */
  readonly headingLevel: "h2" | "h3";
  readonly values: FormValues;
  readonly errors: FieldErrors;
  readonly ownerOptions: readonly string[];
  readonly locked: ReadonlySet<EditableField>;
  /** A contract not yet saved: its Contract ID may stay blank, and shows the one it would get (nextId). */
  readonly isNew: boolean;
  readonly nextId: string;
  /** The field to focus once it is in the page, if any. */
  readonly pendingFocus: EditableField | null;
  readonly onFocused: () => void;
  readonly onChange: (key: EditableField, text: string) => void;
  readonly onCommit: (key: EditableField, text?: string) => void;
}

/** One part of the contract as an accordion panel; its header says how many of its fields need fixing. */
export function ContractSection({ section, headingLevel, values, errors, ownerOptions, locked, isNew, nextId, pendingFocus, onFocused, onChange, onCommit }: ContractSectionProps) {
  const styles = useStyles();
  const count = section.fields.filter((spec) => errors[spec.key] !== undefined).length;
  // Status is always asked for (its list has no blank once one is chosen); the rest as the form requires them at this status.
  const status = values.status ?? "";
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
        {section.fields.map((spec) => (
          <ContractFieldControl
            key={spec.key}
            spec={spec}
            value={values[spec.key] ?? ""}
            error={errors[spec.key]}
            required={isRequiredField(spec, status, isNew)}
            ownerOptions={ownerOptions}
            readOnly={locked.has(spec.key)}
            placeholder={isNew && spec.key === "id" ? `${nextId} if left blank` : undefined}
            focusNow={pendingFocus === spec.key}
            onFocused={onFocused}
            onChange={onChange}
            onCommit={onCommit}
          />
        ))}
      </AccordionPanel>
    </AccordionItem>
  );
}
