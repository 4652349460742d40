import { blankContract, isLiveStatus, NewContract, REQUIRED_WHEN_LIVE, ValueContract } from "../../domain/contract";
import { amountExamples, formatAmountInput, parseAmount, type NumberSeparators } from "../../domain/money-parse";
import { tidyAmountText } from "../shared/amount-text";
import { CONTRACT_FIELDS, editableField, isNumeric, type EditableField, type FieldSpec } from "./contract-fields";

/**
 * The editor keeps what the user typed, as text, for every field; the contract is read from that text
 * and checked by the ValueContract schema. A number that does not parse keeps its text and gets the
 * parser's message, so nothing typed is ever lost or silently replaced.
 */

export type FormValues = Readonly<Partial<Record<EditableField, string>>>;
export type FieldErrors = Readonly<Partial<Record<EditableField, string>>>;

/** What the store keeps and the form does not edit. */
export interface ContractMeta {
  readonly version: number;
  readonly updated: string | null;
}

export interface FormCheck {
  /** The contract, when every field is valid. */
  readonly contract: ValueContract | null;
  /** The first problem of each field, in form order. */
  readonly errors: FieldErrors;
  /** Problems the form has no field for (version, updated), in words. */
  readonly otherProblems: readonly string[];
}

/** The text a field shows for a stored value: amounts grouped, blanks empty, text as found. */
function displayValue(raw: unknown, spec: FieldSpec, separators: NumberSeparators): string {
  if (raw === null || raw === undefined) return "";
  if (typeof raw === "number") return isNumeric(spec) ? formatAmountInput(raw, separators) : String(raw);
  if (typeof raw === "boolean") return raw ? "TRUE" : "FALSE";
  return String(raw);
}

/** Form text for a contract, or for the draft of a row that failed validation (keys are contract fields). */
export function valuesFromRecord(record: Readonly<Record<string, unknown>>, separators: NumberSeparators): FormValues {
  const values: Partial<Record<EditableField, string>> = {};
  for (const spec of CONTRACT_FIELDS) values[spec.key] = displayValue(record[spec.key], spec, separators);
  return values;
}

/** A number field's text formatted once it parses; unchanged text when it does not (the user's typing is kept). */
export function committedText(spec: FieldSpec, text: string, separators: NumberSeparators): string {
  return isNumeric(spec) ? tidyAmountText(text, separators) : text;
}

interface ReadForm {
  readonly candidate: Record<string, unknown>;
  readonly parseErrors: Partial<Record<EditableField, string>>;
}

function readForm(values: FormValues, meta: ContractMeta, separators: NumberSeparators): ReadForm {
  const candidate: Record<string, unknown> = { version: meta.version, updated: meta.updated };
  const parseErrors: Partial<Record<EditableField, string>> = {};
  for (const spec of CONTRACT_FIELDS) {
    const text = values[spec.key] ?? "";
    if (isNumeric(spec)) {
      const parsed = parseAmount(text, separators);
      candidate[spec.key] = parsed.ok ? parsed.value : null;
      if (!parsed.ok) parseErrors[spec.key] = `${spec.header} must be a number, such as ${amountExamples(separators)}.`;
    } else if (spec.kind === "list" || spec.kind === "date") {
      candidate[spec.key] = text === "" && spec.key !== "status" ? null : text;
    } else {
      candidate[spec.key] = text;
    }
  }
  return { candidate, parseErrors };
}

/**
 * Reads and checks the form against the ValueContract schema; a new contract's (isNew) against
 * NewContract, which lets the Contract ID stay blank for the store to give on save.
 */
export function checkForm(values: FormValues, meta: ContractMeta, separators: NumberSeparators, isNew = false): FormCheck {
  const { candidate, parseErrors } = readForm(values, meta, separators);
  const parsed = (isNew ? NewContract : ValueContract).safeParse(candidate);
  const found: Partial<Record<EditableField, string>> = { ...parseErrors };
  const otherProblems: string[] = [];
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const key = editableField(String(issue.path[0] ?? ""));
    if (key === null) otherProblems.push(issue.message);
    else found[key] ??= issue.message;
  }
  const errors: Partial<Record<EditableField, string>> = {};
  for (const spec of CONTRACT_FIELDS) {
    const message = found[spec.key];
    if (message !== undefined) errors[spec.key] = message;
  }
  const valid = parsed.success && Object.keys(parseErrors).length === 0;
  return { contract: valid ? parsed.data : null, errors, otherProblems };
}

/**
 * The form as a contract for the live figures, even while some fields are invalid: each invalid field
 * counts as blank, so the figures follow everything that can be read.
 */
export function contractForFigures(values: FormValues, meta: ContractMeta, separators: NumberSeparators): ValueContract {
  const { candidate } = readForm(values, meta, separators);
  const id = typeof candidate["id"] === "string" && candidate["id"].trim() !== "" ? candidate["id"] : "figures";
  const blank = blankContract(id);
  const first = ValueContract.safeParse({ ...candidate, status: "Draft" });
  if (first.success) return first.data;
  const patched: Record<string, unknown> = { ...candidate, status: "Draft", id };
  for (const issue of first.error.issues) {
    const key = String(issue.path[0] ?? "");
    patched[key] = key === "title" ? "Untitled" : (Object.entries(blank).find(([field]) => field === key)?.[1] ?? null);
  }
  const second = ValueContract.safeParse(patched);
  return second.success ? second.data : blank;
}

/** True when the form differs from what was loaded. */
export function isChanged(values: FormValues, initial: FormValues): boolean {
  return CONTRACT_FIELDS.some((spec) => (values[spec.key] ?? "") !== (initial[spec.key] ?? ""));
}

/** The first field with an error, in form order. */
export function firstInvalid(errors: FieldErrors): EditableField | null {
  return CONTRACT_FIELDS.find((spec) => errors[spec.key] !== undefined)?.key ?? null;
}

const LIVE_REQUIRED: ReadonlySet<string> = new Set(REQUIRED_WHEN_LIVE);

/**
 * Whether a field must be filled in at this status: those the field model requires always (Contract ID,
 * Title, Status), the REQUIRED_WHEN_LIVE fields past Draft. A new contract's ID may stay blank (isNew).
 */
export function isRequiredField(spec: FieldSpec, status: string, isNew = false): boolean {
  if (isNew && spec.key === "id") return false;
  return ("required" in spec && spec.required === "always") || (isLiveStatus(status) && LIVE_REQUIRED.has(spec.key));
}

/** The required fields (isRequiredField) left blank, as the schema counts blank (nothing but spaces), in form order. */
export function missingFields(values: FormValues, isNew = false): readonly FieldSpec[] {
  const status = values.status ?? "";
  return CONTRACT_FIELDS.filter((spec) => isRequiredField(spec, status, isNew) && (values[spec.key] ?? "").trim() === "");
}
