import { CONTRACT_SECTIONS as SECTIONS, EDITABLE_FIELDS, type EditableField, type EditableFieldDef } from "../../domain/contract";

/**
 * The editor's form, part by part of the value contract, read from the field model: each field's
 * label is its column header, and its hint, info and control come from its declaration in
 * src/domain/contract.ts. Version and Updated are kept by the store and never edited here.
 */

export type { EditableField };
export type FieldSpec = EditableFieldDef;

export interface SectionSpec {
  readonly id: string;
  readonly title: string;
  readonly fields: readonly FieldSpec[];
}

const specOf = (key: EditableField): FieldSpec => {
  const spec = EDITABLE_FIELDS.find((field) => field.key === key);
  if (spec === undefined) throw new Error(`Section field "${key}" has no declaration with a form.`);
  return spec;
};

export const CONTRACT_SECTIONS: readonly SectionSpec[] = SECTIONS.map((section) => ({ id: section.id, title: section.title, fields: section.fields.map(specOf) }));

/** Every field the editor shows, in the order it shows them. */
export const CONTRACT_FIELDS: readonly FieldSpec[] = CONTRACT_SECTIONS.flatMap((section) => section.fields);

/** The DOM id of a field's control, so the editor can focus the first invalid one. */
export const fieldControlId = (key: EditableField): string => `contract-field-${key}`;

/** The editable field a schema path or store problem names, or null when the form has no such field. */
export function editableField(name: string): EditableField | null {
  return CONTRACT_FIELDS.find((spec) => spec.key === name)?.key ?? null;
}

/** Whether a field is typed as a number (amounts, signed amounts, numbers). */
export const isNumeric = (spec: FieldSpec): boolean => spec.kind === "amount" || spec.kind === "signed amount" || spec.kind === "number";
