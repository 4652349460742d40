// `iso` is imported on its own: webpack 5.113 resolves `z.iso.date()` to zod's `z.date()` (a Date object
// schema) when bundling, so every ISO date failed in the built pane while Jest passed (see contract-bundle.test).
import { iso, z } from "zod";

/**
 * The field model: every column of AIVM's tables is declared once, as a Field, and everything else is
 * derived from that declaration: the zod schema and its TypeScript type, the blank record, the table's
 * headers, formats and dropdowns (src/workbook/layout.ts), the editor's sections, labels, hints and
 * required marks (src/taskpane), and the README's column tables (checked by test/readme.test.ts).
 * The header is the field's name everywhere a person reads it: in the sheet, in the pane, in messages.
 */

/** Excel's limit on the characters in one cell; longer text cannot be stored. */
export const MAX_CELL_TEXT = 32767;

/**
 * How a column's cells read and write, and what the README calls it:
 * text; list (one of a fixed list, with a dropdown); amount (workbook currency, >= 0); signed amount
 * (currency, either sign); number (any sign, the metric's own unit); fraction (0 to 1, shown as a
 * percentage: 0.35 is 35%); date (Excel serial in the sheet, ISO yyyy-mm-dd in records); date-time (UTC);
 * whole number; calculated (a native formula AIVM writes).
 */
export type FieldKind = "text" | "list" | "amount" | "signed amount" | "number" | "fraction" | "date" | "date-time" | "whole number" | "calculated";

/** "always": every row needs it; "live": a contract needs it once past Draft (the contract's own rule). */
export type Requirement = "always" | "live";

/** How the pane edits a field; absent for what AIVM keeps itself (Version, Updated, calculated columns). */
export interface FormSpec {
  /** What a good answer looks like, under the field. */
  readonly hint: string;
  /** A term of art explained behind an info button next to the label. */
  readonly info?: string;
  /** "paragraph": a multi-line box; "owner": free text with the workbook's owners suggested. */
  readonly control?: "paragraph" | "owner";
}

interface FieldCommon<K extends string> {
  readonly key: K;
  /** The column header, and the field's label in the pane and its name in messages. */
  readonly header: string;
  readonly required?: Requirement;
  readonly form?: FormSpec;
}

export type ListOptions = readonly [string, ...string[]];

export type TextField<K extends string = string> = FieldCommon<K> & {
  readonly kind: "text";
  /** A shorter limit than a cell's (keys); the text is then trimmed. */
  readonly maxLength?: number;
};
export type ListField<K extends string = string, O extends ListOptions = ListOptions> = FieldCommon<K> & {
  readonly kind: "list";
  readonly list: O;
  /** The value of a blank record, when it has one (a contract starts as a Draft). */
  readonly blank?: O[number];
};
export type NumberField<K extends string = string> = FieldCommon<K> & {
  readonly kind: "amount" | "signed amount" | "number" | "fraction";
};
export type DateField<K extends string = string> = FieldCommon<K> & { readonly kind: "date" | "date-time" };
export type WholeNumberField<K extends string = string> = FieldCommon<K> & {
  readonly kind: "whole number";
  readonly min: number;
};
export type CalculatedField<K extends string = string> = FieldCommon<K> & {
  readonly kind: "calculated";
  /** What the formula returns, which decides the column's number format. */
  readonly result: "amount" | "text" | "date";
};

export type DataField<K extends string = string> = TextField<K> | ListField<K> | NumberField<K> | DateField<K> | WholeNumberField<K>;
export type Field<K extends string = string> = DataField<K> | CalculatedField<K>;

/** The record value of a field: blank text is "", other blanks are null unless the field is always required. */
export type ValueOf<F> = F extends { readonly kind: "text" }
  ? string
  : F extends { readonly kind: "list"; readonly list: infer O extends ListOptions }
    ? F extends { readonly required: "always" }
      ? O[number]
      : O[number] | null
    : F extends { readonly kind: "amount" | "signed amount" | "number" | "fraction" | "date-time" }
      ? F extends { readonly kind: "date-time" }
        ? string | null
        : number | null
      : F extends { readonly kind: "date" }
        ? F extends { readonly required: "always" }
          ? string
          : string | null
        : F extends { readonly kind: "whole number" }
          ? number
          : never;

type DataOf<Fs extends readonly Field[]> = Exclude<Fs[number], { readonly kind: "calculated" }>;
/** The keys of a table's data fields (those a record holds). */
export type DataKey<Fs extends readonly Field[]> = DataOf<Fs>["key"];
/** The keys of a table's calculated fields. */
export type CalculatedKey<Fs extends readonly Field[]> = Extract<Fs[number], { readonly kind: "calculated" }>["key"];
/** The zod shape of a table's records: one schema per data field. */
export type ShapeOf<Fs extends readonly Field[]> = { [F in DataOf<Fs> as F["key"]]: z.ZodType<ValueOf<F>> };
/** A table's record: one value per data field. */
export type RecordOf<Fs extends readonly Field[]> = { [F in DataOf<Fs> as F["key"]]: ValueOf<F> };

export const isDataField = <K extends string>(field: Field<K>): field is DataField<K> => field.kind !== "calculated";

/** The schema of one field, with messages that name it by its header. */
export function fieldSchema(field: DataField): z.ZodType {
  const name = field.header;
  const always = field.required === "always";
  switch (field.kind) {
    case "text": {
      const text = z.string({ error: `${name} must be text.` });
      if (field.maxLength !== undefined) {
        const trimmed = always ? text.trim().min(1, { error: `${name} is required.` }) : text.trim();
        return trimmed.max(field.maxLength, { error: `${name} must be at most ${field.maxLength} characters.` });
      }
      // Excel counts a cell's characters in UTF-16 units (an emoji is two); zod's max counts code points.
      const cell = text.refine((value) => value.length <= MAX_CELL_TEXT, {
        error: (issue) => `${name} is ${String(issue.input).length.toLocaleString("en-GB")} characters long; an Excel cell holds at most ${MAX_CELL_TEXT.toLocaleString("en-GB")} (an emoji counts as 2).`,
      });
      return always ? cell.trim().min(1, { error: `${name} is required.` }) : cell;
    }
    case "list": {
      const choice = z.enum(field.list, { error: `${name} must be one of: ${field.list.join("; ")}.` });
      return always ? choice : choice.nullable();
    }
    case "amount":
      return z
        .number({ error: `${name} must be a number.` })
        .min(0, { error: `${name} must be 0 or more: enter costs and benefits as positive amounts.` })
        .nullable();
    case "signed amount":
    case "number":
      return z.number({ error: `${name} must be a number.` }).nullable();
    case "fraction":
      return z
        .number({ error: `${name} must be a number.` })
        .min(0, { error: `${name} must be from 0% to 100%.` })
        .max(1, { error: `${name} must be from 0% to 100%.` })
        .nullable();
    case "date": {
      const date = iso.date({ error: `${name} must be a date (yyyy-mm-dd).` }).refine(isExcelDate, { error: `${name} must be a date Excel can hold, from 1900-01-01 to 9999-12-31.` });
      return always ? date : date.nullable();
    }
    case "date-time":
      return iso
        .datetime({ error: `${name} must be a date and time.` })
        .refine((value) => isExcelDate(value.slice(0, 10)), { error: `${name} must be a date Excel can hold, from 1900-01-01 to 9999-12-31.` })
        .nullable();
    case "whole number":
      return z
        .number({ error: `${name} must be a number.` })
        .int({ error: `${name} must be a whole number.` })
        .min(field.min, { error: `${name} must be ${field.min} or more.` });
  }
}

/**
 * Whether an ISO date's year is one Excel can store (1900 to 9999, the 1900 date system's range); a
 * malformed or impossible date (2026-02-30) is the ISO check's to report, once.
 */
function isExcelDate(value: string): boolean {
  const year = /^(\d{4})-/.exec(value)?.[1];
  return year === undefined || (Number(year) >= 1900 && Number(year) <= 9999);
}

/** The zod object of a table's records, built from its fields in column order. */
export function recordObject<const Fs extends readonly Field[]>(fields: Fs): z.ZodObject<ShapeOf<Fs>> {
  const shape: Record<string, z.ZodType> = {};
  for (const field of fields) if (isDataField(field)) shape[field.key] = fieldSchema(field);
  // The shape was built field by field from the same declarations ShapeOf reads; zod cannot type a loop.
  return z.object(shape) as unknown as z.ZodObject<ShapeOf<Fs>>;
}

/** A record with every field blank: "" for text, a list's declared blank or null, the minimum whole number. */
export function blankRecord<const Fs extends readonly Field[]>(fields: Fs): RecordOf<Fs> {
  const record: Record<string, unknown> = {};
  for (const field of fields) {
    if (!isDataField(field)) continue;
    record[field.key] = field.kind === "text" ? "" : field.kind === "whole number" ? field.min : field.kind === "list" ? (field.blank ?? null) : null;
  }
  // Built from the same declarations RecordOf reads: text "", lists their blank, numbers and dates null.
  return record as RecordOf<Fs>;
}

/** The number format of a column as Excel's numberFormat takes it (en-US codes), or null for General. */
export function formatOf(field: Field): string | null {
  const kind = field.kind === "calculated" ? field.result : field.kind;
  if (kind === "amount" || kind === "signed amount") return ACCOUNTING_FORMAT;
  if (kind === "fraction") return PERCENT_FORMAT;
  if (kind === "date") return DATE_FORMAT;
  if (kind === "date-time") return DATETIME_FORMAT;
  return null;
}

/** Accounting format without a currency symbol (Excel's built-in "Accounting"). */
export const ACCOUNTING_FORMAT = '_(* #,##0.00_);_(* (#,##0.00);_(* "-"??_);_(@_)';
/** A fraction shown as a percentage with one decimal: 0.355 is 35.5%. */
export const PERCENT_FORMAT = "0.0%";
/** Unambiguous in every locale, and sorts as text would. */
export const DATE_FORMAT = "yyyy-mm-dd";
/** Updated is a UTC date and time. */
export const DATETIME_FORMAT = "yyyy-mm-dd hh:mm:ss";

/** The same field without its requirement: what a record may leave blank before the store fills it in (a new row's key). */
export function optional(field: TextField): TextField {
  const { required: _required, ...rest } = field;
  return rest;
}

/** The header of a table's field, by key (typed: a key the table lacks does not compile). */
export function headerOf<const Fs extends readonly Field[]>(fields: Fs, key: Fs[number]["key"]): string {
  const field = fields.find((candidate) => candidate.key === key);
  if (field === undefined) throw new Error(`No field "${key}" in this table.`);
  return field.header;
}
