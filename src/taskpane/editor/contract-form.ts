import { blankContract, CONTRACT_SECTIONS as SECTIONS, EDITABLE_FIELDS, isLiveStatus, NewContract, REQUIRED_WHEN_LIVE, ValueContract, type EditableField, type EditableFieldDef } from "../../domain/contract";
import { amountExamples, formatAmountInput, formatPercentInput, parseAmount, parsePercent, type NumberSeparators } from "../../domain/money-parse";
import { ok } from "../../domain/result";
import { stampOf, type CellProblem, type ContractStore, type ReadStamp, type StoredContract, type StoredLoss, type StoredRange, type StoreResult } from "../../workbook/contract-store";
import { tidyAmountText, type FieldErrors, type FormStart, type FormValues } from "../shared/form-state";

/**
 * The contract editor's form, pure: its sections and fields as the field model declares them
 * (src/domain/contract.ts: each label is the column header), the text of every field, how that text
 * is read and checked against the ValueContract schema, and what the editor opens with. A number that
 * does not parse keeps its text and gets the parser's message, so nothing typed is ever lost.
 */

export type { EditableField };
export type FieldSpec = EditableFieldDef;
export type ContractValues = FormValues<EditableField>;
export type ContractErrors = FieldErrors<EditableField>;

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
export const CONTRACT_KEYS: readonly EditableField[] = CONTRACT_FIELDS.map((spec) => spec.key);

/** The DOM id of a field's control, so the editor can focus the first invalid one. */
export const fieldControlId = (key: EditableField): string => `contract-field-${key}`;

const isNumeric = (spec: FieldSpec): boolean => spec.kind === "amount" || spec.kind === "signed amount" || spec.kind === "number";
const specByKey: ReadonlyMap<string, FieldSpec> = new Map(CONTRACT_FIELDS.map((spec) => [spec.key, spec]));

/** What the store keeps and the form does not edit. */
export interface ContractMeta {
  readonly version: number;
  readonly updated: string | null;
}

export interface FormCheck {
  /** The contract, when every field is valid. */
  readonly contract: ValueContract | null;
  /** The first problem of each field, in form order. */
  readonly errors: ContractErrors;
  /** Problems the form has no field for (version, updated), in words. */
  readonly otherProblems: readonly string[];
}

/** The text a field shows for a stored value: amounts grouped, blanks empty, text as found. */
function displayValue(raw: unknown, spec: FieldSpec, separators: NumberSeparators): string {
  if (raw === null || raw === undefined) return "";
  if (typeof raw === "number") return spec.kind === "fraction" ? formatPercentInput(raw, separators) : isNumeric(spec) ? formatAmountInput(raw, separators) : String(raw);
  if (typeof raw === "boolean") return raw ? "TRUE" : "FALSE";
  return String(raw);
}

/** Form text for a contract, or for the draft of a row that failed validation (keys are contract fields). */
export function valuesFromRecord(record: Readonly<Record<string, unknown>>, separators: NumberSeparators): ContractValues {
  // One entry per editable field, from the same list EditableField is drawn from.
  return Object.fromEntries(CONTRACT_FIELDS.map((spec) => [spec.key, displayValue(record[spec.key], spec, separators)])) as Record<EditableField, string>;
}

/** A number field's text formatted once it parses; unchanged text when it does not (the user's typing is kept). */
export function committedText(key: EditableField, text: string, separators: NumberSeparators): string {
  const spec = specByKey.get(key);
  if (spec?.kind === "fraction") {
    const parsed = parsePercent(text, separators);
    return parsed.ok && parsed.value !== null ? formatPercentInput(parsed.value, separators) : text;
  }
  return spec !== undefined && isNumeric(spec) ? tidyAmountText(text, separators) : text;
}

function readForm(values: ContractValues, meta: ContractMeta, separators: NumberSeparators) {
  const candidate: Record<string, unknown> = { version: meta.version, updated: meta.updated };
  const parseErrors: Partial<Record<EditableField, string>> = {};
  for (const spec of CONTRACT_FIELDS) {
    const text = values[spec.key] ?? "";
    if (spec.kind === "fraction") {
      const parsed = parsePercent(text, separators);
      candidate[spec.key] = parsed.ok ? parsed.value : null;
      if (!parsed.ok) parseErrors[spec.key] = `${spec.header}: ${parsed.error.message}`;
    } else if (isNumeric(spec)) {
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
export function checkForm(values: ContractValues, meta: ContractMeta, separators: NumberSeparators, isNew = false): FormCheck {
  const { candidate, parseErrors } = readForm(values, meta, separators);
  const parsed = (isNew ? NewContract : ValueContract).safeParse(candidate);
  const found: Partial<Record<EditableField, string>> = { ...parseErrors };
  const otherProblems: string[] = [];
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const spec = specByKey.get(String(issue.path[0] ?? ""));
    if (spec === undefined) otherProblems.push(issue.message);
    else found[spec.key] ??= issue.message;
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
export function contractForFigures(values: ContractValues, meta: ContractMeta, separators: NumberSeparators): ValueContract {
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
export function isChanged(values: ContractValues, initial: ContractValues): boolean {
  return CONTRACT_KEYS.some((key) => (values[key] ?? "") !== (initial[key] ?? ""));
}

/** The first field with an error, in form order. */
export function firstInvalid(errors: ContractErrors): EditableField | null {
  return CONTRACT_KEYS.find((key) => errors[key] !== undefined) ?? null;
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
export function missingFields(values: Partial<ContractValues>, isNew = false): readonly FieldSpec[] {
  const status = values.status ?? "";
  return CONTRACT_FIELDS.filter((spec) => isRequiredField(spec, status, isNew) && (values[spec.key] ?? "").trim() === "");
}

/** What the editor opens: the form's starting point and, for a saved row, the stamp its save must carry. */
export interface EditorStart {
  readonly form: FormStart<EditableField>;
  readonly meta: ContractMeta;
  /** null for a new contract (created, not updated). */
  readonly stamp: ReadStamp | null;
  /** Problems the store found in the row as read (an invalid row), to show above the form. */
  readonly rowProblems: readonly CellProblem[];
  /** Owners already named in the workbook, offered by the owner box. */
  readonly owners: readonly string[];
  /** The Contract ID a new contract left blank would get if saved now: shown, never sent. */
  readonly nextId: string;
  /** The contract's ValueRanges rows as read (none for a new contract): the ranges open switched on, and saveRanges checks against them. */
  readonly ranges: readonly StoredRange[];
  /** The contract's LossExposure row(s) as read (none for a new contract): the loss exposure opens switched on, and saveLossExposure checks against them. */
  readonly losses: readonly StoredLoss[];
}

/** The editor's start from a stored row: the valid contract, or the draft of an invalid row with its problems shown. */
export function startFromStored(
  stored: StoredContract,
  separators: NumberSeparators,
  owners: readonly string[] = [],
  nextId = "",
  ranges: readonly StoredRange[] = [],
  losses: readonly StoredLoss[] = [],
): EditorStart {
  const { contract } = stored;
  return {
    form: { values: valuesFromRecord(contract ?? stored.draft, separators), showProblems: contract === null },
    meta: { version: contract?.version ?? stored.version ?? 1, updated: contract?.updated ?? null },
    stamp: stampOf(stored),
    rowProblems: stored.problems,
    owners,
    nextId,
    ranges,
    losses,
  };
}

/**
 * Whether the row's Contract ID is what is wrong with it (another row shares it, or it is too long):
 * then the editor lets the user change it, and the store saves to the row it was read from. Otherwise
 * a saved contract keeps its ID.
 */
export const idNeedsFixing = (problems: readonly CellProblem[]): boolean => problems.some((problem) => problem.field === "id");

/**
 * A new contract opens blank, as a Draft whose Contract ID the store gives on save (unless the user
 * types one); a saved one from its row (`row`, if given). One read, with the owner suggestions.
 */
export async function loadEditorStart(store: ContractStore, contractId: string | null, separators: NumberSeparators, row?: number): Promise<StoreResult<EditorStart>> {
  const opened = await store.openContract(contractId, row);
  if (!opened.ok) return opened;
  const { stored, owners, nextId, ranges, losses } = opened.value;
  if (stored !== null) return ok(startFromStored(stored, separators, owners, nextId, ranges, losses));
  const blank = blankContract("");
  return ok({ form: { values: valuesFromRecord(blank, separators), showProblems: false }, meta: { version: 1, updated: null }, stamp: null, rowProblems: [], owners, nextId, ranges: [], losses: [] });
}
