import type { FieldProblem, ValueContract } from "./contract";
import type { Field } from "./field-model";
import { idKey } from "./lists";
import { LEDGER_LINES, lineField, type LedgerLine } from "./value-lines";

/**
 * The ValueRanges table's columns and what a contract's lines are with their ranges, without zod: the pane's first
 * script simulates the portfolio (portfolio-simulation.ts) from these, and zod's schemas (value-range.ts, the table's
 * rows as parsed) load later with the store, as value-lines.ts keeps the ledger's rules out of zod for the functions.
 * Types only: a row here is the parsed ValueRange's shape.
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

/** A ValueRanges row as parsed (value-range.ts ValueRange): amounts in the units of the contract's column, annual. */
export interface RangeRow {
  readonly contractId: string;
  readonly line: LedgerLine;
  readonly low: number;
  readonly likely: number | null;
  readonly high: number;
}

const headerOfKey = (key: (typeof RANGE_FIELDS)[number]["key"]): string => RANGE_FIELDS.find((field) => field.key === key)?.header ?? key;
export const LOW = headerOfKey("low");
export const LIKELY = headerOfKey("likely");
export const HIGH = headerOfKey("high");

/** An amount as messages write it: 1,250,000.5. */
export const grouped = (amount: number): string => amount.toLocaleString("en-GB", { maximumFractionDigits: 2 });

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
export function planOutsideRange(range: Pick<RangeRow, "line" | "low" | "likely" | "high">, plan: number): FieldProblem | null {
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
export function contractRanges(contract: ValueContract, rows: readonly RangeRow[]): LineRange[] {
  const wanted = idKey(contract.id);
  const byLine = new Map<LedgerLine, RangeRow[]>();
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
