import type { RangeInput } from "../../src/domain/value-range";
import type { MemoryWorkbook } from "../../src/memory-excel";
import type { CellValue } from "../../src/workbook/excel-api";
import { RANGES } from "../../src/workbook/layout";
import { fullContract, setUpStore, valueOf } from "./fixtures";

// The race suite of saveRanges, as store-races.test.ts is the contracts': after each round trip of a save (open,
// read, write), a co-author edits ValueRanges in one of the ways below. Whatever happens:
// - the save either saves exactly the set given, or is refused as a conflict (never an Excel error);
// - rows of other contracts hold what the co-author left, cell for cell (as a multiset: a put-back row may move);
// - a refused save leaves every row as the co-author left it;
// - a save that lands before the co-author's edit (after the write) leaves their edit in place.

const TABLE = RANGES.table;
const row = (contractId: string, line: string, low: number, likely: CellValue, high: number, basis = ""): CellValue[] => [contractId, line, low, likely, high, basis, ""];
const INITIAL = [
  row("VC-0002", "Operating cost", 50_000, 60_000, 90_000),
  row("VC-0001", "Capacity value", 250_000, "", 520_000, "Pilot"),
  row("VC-0003", "Data cost", 10_000, 20_000, 40_000),
  row("VC-0001", "Technology cost", 100_000, 130_000, 200_000),
  row("VC-0001", "Data cost", 20_000, 30_000, 60_000),
];
const INPUTS: RangeInput[] = [
  { line: "Capacity value", low: 300_000, likely: 400_000, high: 450_000, basis: "Second pilot" },
  { line: "Technology cost", low: 100_000, likely: 130_000, high: 200_000, basis: "" },
  { line: "Friction", low: 0, likely: null, high: 20_000, basis: "" },
];

const indexOf = (w: MemoryWorkbook, contractId: string, line: string): number => {
  const table = w.table(TABLE);
  for (let i = 0; i < table.rowCount(); i++) if (table.row(i)["Contract ID"] === contractId && table.row(i)["Line"] === line) return i;
  throw new Error(`no row ${contractId} ${line}`);
};

const EDITS: readonly { readonly name: string; readonly apply: (w: MemoryWorkbook) => void }[] = [
  { name: "another contract's row above is deleted", apply: (w) => w.table(TABLE).deleteRowDirect(indexOf(w, "VC-0002", "Operating cost")) },
  { name: "a row is inserted at the top", apply: (w) => w.table(TABLE).insertRowDirect(0, row("VC-0003", "Friction", 0, 1, 2)) },
  { name: "another contract's row is edited", apply: (w) => w.table(TABLE).setCellDirect(indexOf(w, "VC-0003", "Data cost"), "High", 45_000) },
  { name: "one of this contract's rows is edited", apply: (w) => w.table(TABLE).setCellDirect(indexOf(w, "VC-0001", "Technology cost"), "High", 210_000) },
  { name: "one of this contract's rows is deleted", apply: (w) => w.table(TABLE).deleteRowDirect(indexOf(w, "VC-0001", "Technology cost")) },
  { name: "a row is added for this contract", apply: (w) => w.table(TABLE).addRowDirect(row("VC-0001", "Friction", 0, "", 10_000)) },
];

/** Each row's cells (Updated left out: the save sets it) as text, sorted: a table's content whatever its order. */
const contentOf = (rows: readonly (readonly CellValue[])[]): string[] => rows.map((cells) => JSON.stringify(cells.slice(0, 6))).sort();
const others = (rows: readonly (readonly CellValue[])[]): CellValue[][] => rows.filter((cells) => cells[0] !== "VC-0001").map((cells) => [...cells]);
const ours = (rows: readonly (readonly CellValue[])[]): CellValue[][] => rows.filter((cells) => cells[0] === "VC-0001").map((cells) => [...cells]);

describe.each(EDITS)("a co-author: $name", ({ apply }) => {
  test.each([1, 2, 3])("after round trip %i of the save", async (sync) => {
    const { excel, store } = await setUpStore();
    valueOf(await store.createContracts(["VC-0001", "VC-0002", "VC-0003"].map((id) => fullContract(id))));
    excel.workbook.table(TABLE).deleteRowDirect(0);
    for (const cells of INITIAL) excel.workbook.table(TABLE).addRowDirect(cells);
    const read = valueOf(await store.openContract("VC-0001")).ranges;
    let left: CellValue[][] = [];
    const edit = excel.afterSync(sync, (w) => {
      apply(w);
      left = w.table(TABLE).body();
    });
    const result = await store.saveRanges("VC-0001", INPUTS, read);
    expect(edit.fired).toBe(true);
    const now = excel.workbook.table(TABLE).body();
    expect(contentOf(others(now))).toEqual(contentOf(others(left)));
    if (!result.ok) {
      expect(result.error.kind).toBe("conflict");
      expect(contentOf(now)).toEqual(contentOf(left));
      return;
    }
    if (sync === 3) {
      // The write landed before the edit: the edit is there, on top of the set saved.
      expect(contentOf(now)).toEqual(contentOf(left));
      return;
    }
    const saved = INPUTS.map((input) => JSON.stringify(["VC-0001", input.line, input.low, input.likely ?? "", input.high, input.basis]));
    expect(contentOf(ours(now))).toEqual(saved.sort());
  });
});
