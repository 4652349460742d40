import { idKey, nameKey } from "../domain/lists";
import { ok } from "../domain/result";
import { LEDGER_LINES, lineField, type LedgerLine } from "../domain/value-lines";
import { planOutsideRange, ValueRange, type RangeInput } from "../domain/value-range";
import { orphanProblem, readRows } from "./codec";
import type { CellProblem, SavedRanges, StoredContract, StoredRange, StoreError, StoreResult } from "./contract-store";
import type { ExcelContext } from "./excel-api";
import { RANGES } from "./layout";
import { saveSetIn, type ContractsByKey, type RowSet } from "./row-set";
import { invalid } from "./store-messages";
import type { TableSnapshot } from "./table-io";

/**
 * ValueRanges in the workbook: reading its rows with the problems their contracts reveal, and saving one contract's
 * ranges as a set, one row per line (row-set.ts), in one write request that verifies what it changes and deletes.
 */

const headerOfField = (field: string): string | null => RANGES.columns.find((column) => column.key === field)?.header ?? null;

/**
 * The ValueRanges rows of a snapshot (all, or those at `indexes`) as StoredRanges, in sheet order. With `contracts`,
 * also a row whose Contract ID is no contract's, and a blank Likely whose contract's plan lies outside [Low, High].
 */
export function readRanges(snapshot: TableSnapshot, contracts: ContractsByKey | null, indexes?: readonly number[]): StoredRange[] {
  const { sheet } = snapshot.place;
  return readRows(RANGES, snapshot.map, snapshot.body, snapshot.place, (draft) => ValueRange.safeParse(draft), indexes, snapshot.dates.offset).map((record) => {
    const orphan = orphanProblem(RANGES, { sheet, row: record.row }, record.draft, contracts);
    const problems: CellProblem[] = orphan === null ? [...record.problems] : [...record.problems, orphan];
    const id = String(record.draft["contractId"] ?? "").trim();
    const contract = contracts?.get(idKey(id)) ?? null;
    const outside = record.value !== null && contract !== null ? planOutsideRange(record.value, contract[lineField(record.value.line)] ?? 0) : null;
    if (outside !== null) problems.push({ sheet, row: record.row, column: headerOfField(outside.field), field: outside.field, message: outside.message });
    return { range: problems.length === 0 ? record.value : null, draft: record.draft, row: record.row, fingerprint: record.fingerprint, problems };
  });
}

/** The 16 lines as nameKey compares them: a row whose Line is none of them is left alone by a save. */
const KNOWN_LINES: ReadonlySet<string> = new Set(LEDGER_LINES.map(nameKey));

/** A conflict naming the contract's rows as they are now. */
function rangesConflict(stored: StoredContract, current: readonly StoredRange[]): StoreError {
  const rows = current.map((row) => row.row).join(", ");
  return {
    kind: "conflict",
    message: `The ranges of ${stored.id} changed in the workbook since you opened them (by a co-author or by hand${rows === "" ? "" : `; its rows are now ${rows}`}), so nothing was saved. Reload to see them, then enter yours again.`,
    current: stored,
    ranges: current,
  };
}

/** ValueRanges as a contract's set: one row per line. */
export const RANGE_SET: RowSet<StoredRange> = {
  layout: RANGES,
  read: readRanges,
  slotOf: (draft) => {
    const line = draft["line"];
    return typeof line === "string" && KNOWN_LINES.has(nameKey(line)) ? nameKey(line) : null;
  },
  named: (contractId) => `the ranges of ${contractId}`,
  conflict: rangesConflict,
};

/** The contract's plan for a line as a row shows it: its column when a number, else 0 (an invalid row's draft). */
function planIn(stored: StoredContract, line: LedgerLine): number {
  const value = stored.contract?.[lineField(line)] ?? stored.draft[lineField(line)];
  return typeof value === "number" ? value : 0;
}

/**
 * ContractStore.saveRanges in one Excel.run, `inputs` already parsed: the set-save of row-set.ts, refusing a blank
 * Likely whose plan (the contract as read in the same request) lies outside [Low, High].
 */
export async function saveRangesIn(context: ExcelContext, contractId: string, inputs: readonly RangeInput[], read: readonly StoredRange[], updated: string): Promise<StoreResult<SavedRanges>> {
  const outsideOf = (stored: StoredContract): StoreError | null => {
    const outside = inputs.flatMap((input) => {
      const problem = planOutsideRange(input, planIn(stored, input.line));
      return problem === null ? [] : [{ field: problem.field, message: `${input.line}: ${problem.message}` }];
    });
    return outside.length > 0 ? invalid(`The ranges of ${stored.id}`, outside) : null;
  };
  const saved = await saveSetIn(context, RANGE_SET, contractId, inputs, read, updated, outsideOf);
  if (!saved.ok) return saved;
  const { rows, ...counts } = saved.value;
  return ok({ ranges: rows, ...counts });
}
