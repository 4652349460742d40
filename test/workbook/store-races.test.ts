import { createMemoryExcel, type MemoryExcel, type MemoryWorkbook } from "../../src/memory-excel";
import type { CellValue } from "../../src/workbook/excel-api";
import type { ContractStore, StoreResult } from "../../src/workbook/contract-store";
import { createContractStore } from "../../src/workbook/excel-contract-store";
import { fullContract, manyContracts, newReview, NOW, valueOf } from "./fixtures";

// The race suite. Excel gives an add-in no lock: between two of the store's round trips a co-author's
// save or a hand edit can change the table ("Coauthoring in Excel add-ins", learn.microsoft.com). For
// every write the store makes, and after every one of its round trips, a co-author edits the sheet in
// each of the ways below. Whatever happens, these must hold:
// - no other contract's row changed or moved (found by ID, compared cell by cell),
// - no ID is in the table twice,
// - the co-author's edit is still there (never overwritten while the store says it saved),
// - a refused write left the sheet exactly as the co-author left it,
// - a write that says it saved did what it said, on the row it said.

const TABLE = "ValueContracts";
const TARGET = "VC-0003";
const NEIGHBOUR = "VC-0004";
/** What the store sets on every save, and what Excel recalculates: left out of "unchanged" comparisons of saved rows. */
const SET_ON_SAVE = new Set(["Version", "Updated", "Lifecycle cost", "Realised value", "Value class", "Next review"]);

type Rows = Map<string, Record<string, CellValue>>;

/** Every data row by Contract ID, each as header -> value (calculated columns left out: Excel recalculates them). */
function rowsById(workbook: MemoryWorkbook): Rows {
  const table = workbook.table(TABLE);
  const rows: Rows = new Map();
  for (let i = 0; i < table.rowCount(); i++) {
    const row = table.row(i);
    const id = String(row["Contract ID"] ?? "");
    if (id.trim() === "") continue;
    expect({ duplicate: rows.has(id) ? id : null }).toEqual({ duplicate: null });
    rows.set(id, row);
  }
  return rows;
}

/** What a co-author does, and the one cell it leaves behind for us to check (if any). */
interface Edit {
  readonly name: string;
  readonly apply: (workbook: MemoryWorkbook) => void;
  /** The cell the edit typed: it must still hold `value` at the end. */
  readonly typed?: { readonly id: string; readonly header: string; readonly value: CellValue };
  /** A row the edit deleted, or added. */
  readonly deleted?: string;
  readonly added?: string;
}

const indexOf = (workbook: MemoryWorkbook, id: string): number => {
  const table = workbook.table(TABLE);
  for (let i = 0; i < table.rowCount(); i++) if (table.row(i)["Contract ID"] === id) return i;
  throw new Error(`no row ${id}`);
};

/** The co-author's edits, for an operation whose own change is to `touched` on the target row. */
function edits(touched: string, value: CellValue): Edit[] {
  return [
    { name: "a row above is deleted", apply: (w) => w.table(TABLE).deleteRowDirect(indexOf(w, "VC-0001")), deleted: "VC-0001" },
    { name: "a row is inserted above", apply: (w) => w.table(TABLE).insertRowDirect(0, ["VC-0900", "Typed in by a colleague"]), added: "VC-0900" },
    { name: "another contract is edited", apply: (w) => w.table(TABLE).setCellDirect(indexOf(w, NEIGHBOUR), "Owner role", "Theirs"), typed: { id: NEIGHBOUR, header: "Owner role", value: "Theirs" } },
    { name: "the same contract, a field this save changes", apply: (w) => w.table(TABLE).setCellDirect(indexOf(w, TARGET), touched, value), typed: { id: TARGET, header: touched, value } },
    { name: "the same contract, a field this save leaves", apply: (w) => w.table(TABLE).setCellDirect(indexOf(w, TARGET), "Owner role", "Theirs"), typed: { id: TARGET, header: "Owner role", value: "Theirs" } },
    { name: "the target row is deleted", apply: (w) => w.table(TABLE).deleteRowDirect(indexOf(w, TARGET)), deleted: TARGET },
  ];
}

interface Operation {
  readonly name: string;
  /** The header the operation changes on the target row (what a co-author's same-field edit clashes with), and what they type there. */
  readonly touched: string;
  readonly theirs: CellValue;
  readonly run: (store: ContractStore, excel: MemoryExcel) => Promise<StoreResult<unknown>>;
  /** What a saved operation must have left, beyond the invariants. */
  readonly check: (rows: Rows, edit: Edit | null) => void;
}

const OPERATIONS: Operation[] = [
  {
    name: "update",
    touched: "Title",
    theirs: "Theirs",
    run: async (store) => store.updateContract({ ...fullContract(TARGET), title: "Ours" }, valueOf(await store.getContract(TARGET))),
    check: (rows, edit) => {
      const typedOver = edit?.typed?.id === TARGET && edit.typed.header === "Title";
      if (!typedOver) expect(rows.get(TARGET)?.["Title"]).toBe("Ours");
    },
  },
  {
    name: "review",
    touched: "Status",
    theirs: "Expanding",
    run: async (store) => store.recordReview({ ...newReview(TARGET), decision: "Pause" }, valueOf(await store.getContract(TARGET))),
    check: (rows, edit) => {
      const typedOver = edit?.typed?.id === TARGET && edit.typed.header === "Status";
      if (!typedOver) expect(rows.get(TARGET)?.["Status"]).toBe("Paused");
    },
  },
  {
    name: "create",
    touched: "Title",
    theirs: "Theirs",
    run: (store) => store.createContract({ ...fullContract(""), title: "New one" }),
    check: (rows) => expect([...rows.values()].filter((row) => row["Title"] === "New one")).toHaveLength(1),
  },
  {
    name: "create many",
    touched: "Title",
    theirs: "Theirs",
    run: (store) => store.createContracts([{ ...fullContract("VC-0100"), title: "New A" }, { ...fullContract("VC-0101"), title: "New B" }]),
    check: (rows) => expect([rows.get("VC-0100")?.["Title"], rows.get("VC-0101")?.["Title"]]).toEqual(["New A", "New B"]),
  },
  {
    name: "repair",
    touched: "Title",
    theirs: "Theirs",
    run: (store) => store.setUp(),
    check: (rows) => expect([...rows.values()].every((row) => row["Controls"] === "")).toBe(true),
  },
];

async function workbook(operation: Operation): Promise<{ excel: MemoryExcel; store: ContractStore }> {
  const excel = createMemoryExcel();
  const store = createContractStore(excel.run, () => NOW);
  valueOf(await store.setUp());
  valueOf(await store.createContracts(manyContracts(4)));
  if (operation.name === "repair") excel.workbook.table(TABLE).renameColumnDirect("Controls", "Controls (old)");
  return { excel, store };
}

/** Round trips the operation's writing run makes when nobody interferes. */
async function roundTrips(operation: Operation): Promise<number> {
  const { excel, store } = await workbook(operation);
  let most = 0;
  excel.betweenSyncs((point) => {
    if (isWriteRun(operation, point.run)) most = Math.max(most, point.sync);
  });
  await operation.run(store, excel);
  excel.betweenSyncs(null);
  return most;
}

/** A row without what the store sets on every save and what Excel recalculates. */
const steady = (row: Record<string, CellValue> | undefined): Record<string, CellValue> => Object.fromEntries(Object.entries(row ?? {}).filter(([header]) => !SET_ON_SAVE.has(header)));

/** A row without what Excel recalculates: a refused write must have left even Version and Updated. */
const exact = (row: Record<string, CellValue> | undefined): Record<string, CellValue> =>
  Object.fromEntries(Object.entries(row ?? {}).filter(([header]) => header === "Version" || header === "Updated" || !SET_ON_SAVE.has(header)));

describe.each(OPERATIONS)("$name, with a co-author between round trips", (operation) => {
  const cases = edits(operation.touched, operation.theirs);
  test.each(cases.map((edit) => [edit.name, edit] as const))("after each round trip: %s", async (_, edit) => {
    const trips = await roundTrips(operation);
    expect(trips).toBeGreaterThanOrEqual(1);
    for (let n = 1; n <= trips; n++) {
      const { excel, store } = await workbook(operation);
      // The operation's own run may start with a read (getContract): the edit goes into the run that writes.
      const before = rowsById(excel.workbook);
      let fired = false;
      excel.betweenSyncs((point, w) => {
        if (fired || point.sync !== n || !isWriteRun(operation, point.run)) return;
        fired = true;
        edit.apply(w);
      });
      const result = await operation.run(store, excel);
      excel.betweenSyncs(null);
      const after = rowsById(excel.workbook);
      const at = `${operation.name}, edit after round trip ${n}: ${edit.name}; result ${result.ok ? "saved" : (result.error as { kind: string }).kind}`;

      // No other contract's row changed or moved; the co-author's rows are as they left them.
      for (const [id, row] of before) {
        if (id === TARGET || id === edit.deleted) continue;
        const expected = { ...steady(row), ...(fired && edit.typed?.id === id ? { [edit.typed.header]: edit.typed.value } : {}) };
        // Only the columns the row had before: a repair adds a missing column, blank in every row.
        const now = Object.fromEntries(Object.entries(steady(after.get(id))).filter(([header]) => header in row));
        expect({ at, id, row: now }).toEqual({ at, id, row: expected });
      }
      if (fired && edit.deleted) expect({ at, gone: after.has(edit.deleted) }).toEqual({ at, gone: false });
      if (fired && edit.added) expect({ at, kept: after.get(edit.added)?.["Title"] }).toEqual({ at, kept: "Typed in by a colleague" });
      // The co-author's typing is never overwritten.
      if (fired && edit.typed && after.has(edit.typed.id)) expect({ at, cell: after.get(edit.typed.id)?.[edit.typed.header] }).toEqual({ at, cell: edit.typed.value });
      // A refused write left the target as the co-author left it; a saved one did what it said.
      if (!result.ok && after.has(TARGET) && operation.name !== "create" && operation.name !== "create many") {
        const expected = { ...exact(before.get(TARGET)), ...(fired && edit.typed?.id === TARGET ? { [edit.typed.header]: edit.typed.value } : {}) };
        expect({ at, row: exact(after.get(TARGET)) }).toEqual({ at, row: expected });
      }
      if (!result.ok && (operation.name === "create" || operation.name === "create many")) {
        expect({ at, rows: [...after.keys()].filter((id) => !before.has(id) && id !== edit.added) }).toEqual({ at, rows: [] });
      }
      // A save that landed before the co-author deleted its row: their deletion came later, and stands.
      if (result.ok && !(fired && edit.deleted === TARGET && !after.has(TARGET))) operation.check(after, fired ? edit : null);
      if (!fired) expect({ at, fired }).toEqual({ at, fired: true });
    }
  });
});

/** The run that writes: an update and a review first read the row (run 0), then write (run 1); the others write in run 0. */
function isWriteRun(operation: Operation, run: number): boolean {
  return operation.name === "update" || operation.name === "review" ? run === 1 : run === 0;
}
