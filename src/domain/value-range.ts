import { z } from "zod";
import { ContractId, type FieldProblem, type ValueContract } from "./contract";
import { headerOf, recordObject, type DataKey, type Field } from "./field-model";
import { idKey } from "./lists";
import { LEDGER_LINES, lineField, type LedgerLine } from "./value-lines";

/**
 * How uncertain a contract's lines are: one row of the ValueRanges table per contract and line, giving the
 * line's Low, Likely and High (a PERT range, pert.ts) in the same units as the contract's column for that
 * line: an annual run-rate in the workbook's currency, Incremental revenue as revenue (before the margin),
 * costs as positive amounts. A line without a row is certain at its plan (the contract's column). Likely
 * left blank means the plan itself, which must then lie within [Low, High]. The portfolio simulation reads
 * contractRanges().
 */

/** The columns of ValueRanges, in order: a public interface (README.md, "Workbook tables"). */
export const RANGE_FIELDS = [
  { key: "contractId", header: "Contract ID", kind: "text", required: "always", maxLength: 40 },
  { key: "line", header: "Line", kind: "list", list: LEDGER_LINES, required: "always", form: { hint: "The line of the value equation this range is for." } },
  { key: "low", header: "Low", kind: "amount", required: "always", form: { hint: "The least the line could plausibly be a year: an annual amount, 0 or more (costs too)." } },
  { key: "likely", header: "Likely", kind: "amount", form: { hint: "The most likely amount a year; leave blank to use the contract's plan for the line." } },
  { key: "high", header: "High", kind: "amount", required: "always", form: { hint: "The most the line could plausibly be a year." } },
  { key: "basis", header: "Basis", kind: "text", form: { control: "paragraph", hint: "Where the range comes from: a pilot's spread, a vendor quote, a comparable project." } },
  { key: "updated", header: "Updated", kind: "date-time" },
] as const satisfies readonly Field[];

export type RangeField = DataKey<typeof RANGE_FIELDS>;

const LOW = headerOf(RANGE_FIELDS, "low");
const LIKELY = headerOf(RANGE_FIELDS, "likely");
const HIGH = headerOf(RANGE_FIELDS, "high");

/** An amount the row needs (Low, High): a number >= 0, and "required" when blank rather than "must be a number". */
const neededAmount = (name: string) =>
  z
    .number({ error: (issue) => (issue.input === null || issue.input === undefined ? `${name} is required: a range needs a ${name.toLowerCase()} amount.` : `${name} must be a number.`) })
    .min(0, { error: `${name} must be 0 or more: enter costs and benefits as positive amounts.` });

const RangeObject = recordObject(RANGE_FIELDS).extend({ contractId: ContractId, low: neededAmount(LOW), high: neededAmount(HIGH) });

const grouped = (amount: number): string => amount.toLocaleString("en-GB", { maximumFractionDigits: 2 });

/** Low <= Likely <= High (Low <= High while Likely is blank), each breach on the column that breaks the order. */
function inOrder(range: { readonly low: number; readonly likely: number | null; readonly high: number }, ctx: z.RefinementCtx): void {
  const { low, likely, high } = range;
  const order = `enter ${LOW} <= ${LIKELY} <= ${HIGH}`;
  if (likely !== null && low > likely) ctx.addIssue({ code: "custom", path: ["low"], message: `${LOW} (${grouped(low)}) is above ${LIKELY} (${grouped(likely)}): ${order}.` });
  if (likely !== null && likely > high) ctx.addIssue({ code: "custom", path: ["high"], message: `${LIKELY} (${grouped(likely)}) is above ${HIGH} (${grouped(high)}): ${order}.` });
  if (likely === null && low > high) ctx.addIssue({ code: "custom", path: ["high"], message: `${LOW} (${grouped(low)}) is above ${HIGH} (${grouped(high)}): ${order}.` });
}

/** One row of ValueRanges: amounts in the units of the contract's column for the line (annual, currency). */
export const ValueRange = RangeObject.superRefine(inOrder);
export type ValueRange = z.infer<typeof ValueRange>;

/** A range as the editor sends it for one contract: the store adds the Contract ID and Updated. */
export const RangeInput = RangeObject.omit({ contractId: true, updated: true }).superRefine(inOrder);
export type RangeInput = z.infer<typeof RangeInput>;

/** Low, most likely and high of a line, with Likely filled from the plan where the row left it blank (annual, currency). */
export interface LineSpread {
  readonly low: number;
  readonly likely: number;
  readonly high: number;
}

/** One line of a contract as the simulation takes it. */
export interface LineRange {
  readonly line: LedgerLine;
  /** The contract's column for the line (annual, currency; a blank column is 0). */
  readonly plan: number;
  /** The line's range, or null: certain at the plan (no row, or a row with problems, which `problems` names). */
  readonly range: LineSpread | null;
  /** Why the line's row cannot be used, by field of ValueRanges (empty when all is well). */
  readonly problems: readonly FieldProblem[];
}

/**
 * The problem of a range whose Likely is blank and whose plan (the contract's column, annual, currency) lies
 * outside [Low, High], or null: the plan is then the most likely amount, and PERT needs it inside the range.
 */
export function planOutsideRange(range: Pick<ValueRange, "line" | "low" | "likely" | "high">, plan: number): FieldProblem | null {
  if (range.likely !== null || (plan >= range.low && plan <= range.high)) return null;
  return {
    field: "likely",
    message: `${LIKELY} is blank, so it is the contract's plan for ${range.line} (${grouped(plan)}), which lies outside ${LOW} to ${HIGH} (${grouped(range.low)} to ${grouped(range.high)}): enter ${LIKELY}, or widen the range.`,
  };
}

/** The contract's plan for a line: its column, annual, in the workbook's currency (blank is 0). */
export const planOf = (contract: ValueContract, line: LedgerLine): number => contract[lineField(line)] ?? 0;

/**
 * For each of the 16 lines in LEDGER_LINES order, the contract's plan and its range from `rows` (rows of other
 * contracts are ignored; Contract IDs compare as idKey). Likely is the plan where the row leaves it blank. A line
 * with two rows, or whose blank Likely leaves the plan outside [Low, High], has no range and says why.
 */
export function contractRanges(contract: ValueContract, rows: readonly ValueRange[]): LineRange[] {
  const wanted = idKey(contract.id);
  const byLine = new Map<LedgerLine, ValueRange[]>();
  for (const row of rows) {
    if (idKey(row.contractId) !== wanted) continue;
    byLine.set(row.line, [...(byLine.get(row.line) ?? []), row]);
  }
  return LEDGER_LINES.map((line): LineRange => {
    const plan = planOf(contract, line);
    const found = byLine.get(line) ?? [];
    const [row] = found;
    if (row === undefined) return { line, plan, range: null, problems: [] };
    if (found.length > 1) return { line, plan, range: null, problems: [{ field: "line", message: `${contract.id} has ${found.length} rows for ${line}: keep one.` }] };
    const outside = planOutsideRange(row, plan);
    if (outside !== null) return { line, plan, range: null, problems: [outside] };
    return { line, plan, range: { low: row.low, likely: row.likely ?? plan, high: row.high }, problems: [] };
  });
}
