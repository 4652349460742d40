import fc from "fast-check";
import { createMemoryExcel, type MemoryWorkbook } from "../../src/memory-excel";
import type { CellValue } from "../../src/workbook/excel-api";
import { createContractStore } from "../../src/workbook/excel-contract-store";
import { fullContract, manyContracts, newReview, NOW, valueOf } from "./fixtures";

// Random interleavings of two panes (two stores over one workbook) and a colleague's hand edits, landing
// after a random round trip of each save. Whatever the order: no ID twice, nobody else's row changed, a save
// that says "Saved" did what it said, and a refused one left its row as the colleague left it.

const TABLE = "ValueContracts";
const RECALCULATED = new Set(["Lifecycle cost", "Realised value", "Value class", "Next review"]);

type Snapshot = Map<string, Record<string, CellValue>>;

function snapshot(workbook: MemoryWorkbook): Snapshot {
  const table = workbook.table(TABLE);
  const rows: Snapshot = new Map();
  for (let i = 0; i < table.rowCount(); i++) {
    const row = Object.fromEntries(Object.entries(table.row(i)).filter(([header]) => !RECALCULATED.has(header)));
    const id = String(row["Contract ID"] ?? "");
    if (id.trim() === "") continue;
    if (rows.has(id)) throw new Error(`Contract ID ${id} is in the table twice`);
    rows.set(id, row);
  }
  return rows;
}

const indexOf = (workbook: MemoryWorkbook, id: string): number => {
  const table = workbook.table(TABLE);
  for (let i = 0; i < table.rowCount(); i++) if (table.row(i)["Contract ID"] === id) return i;
  return -1;
};

const IDS = ["VC-0001", "VC-0002", "VC-0003", "VC-0004", "VC-0005"];

const step = fc.record({
  pane: fc.constantFrom("A", "B"),
  action: fc.constantFrom("title", "review"),
  target: fc.constantFrom(...IDS),
  edit: fc.constantFrom("none", "owner role", "delete", "insert above"),
  editTarget: fc.constantFrom(...IDS),
  afterSync: fc.integer({ min: 1, max: 3 }),
});

test("random interleavings of two panes and hand edits keep every row's data", async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 5 }), async (steps) => {
      const excel = createMemoryExcel();
      const stores = { A: createContractStore(excel.run, () => NOW), B: createContractStore(excel.run, () => NOW) };
      valueOf(await stores.A.setUp());
      valueOf(await stores.A.createContracts(manyContracts(IDS.length)));
      let inserted = 0;
      for (const [k, s] of steps.entries()) {
        const store = stores[s.pane];
        const opened = await store.getContract(s.target);
        if (!opened.ok) continue; // the row was deleted by an earlier hand edit
        const before = snapshot(excel.workbook);
        let edited: { id: string; header: string; value: CellValue } | null = null;
        let deleted: string | null = null;
        if (s.edit !== "none") {
          excel.afterSync(s.afterSync, (w) => {
            const at = indexOf(w, s.editTarget);
            if (s.edit === "owner role" && at >= 0) {
              w.table(TABLE).setCellDirect(at, "Owner role", `Hand ${k}`);
              edited = { id: s.editTarget, header: "Owner role", value: `Hand ${k}` };
            } else if (s.edit === "delete" && at >= 0) {
              w.table(TABLE).deleteRowDirect(at);
              deleted = s.editTarget;
            } else if (s.edit === "insert above") {
              inserted += 1;
              w.table(TABLE).insertRowDirect(0, [`VC-09${String(inserted).padStart(2, "0")}`, `Hand row ${inserted}`]);
            }
          });
        }
        const title = `${s.pane} ${k}`;
        const result =
          s.action === "title"
            ? await store.updateContract({ ...(opened.value.contract ?? fullContract(s.target)), title }, opened.value)
            : await store.recordReview({ ...newReview(s.target), decision: "Continue" }, opened.value);
        const after = snapshot(excel.workbook);
        const withEdit = (id: string, row: Record<string, CellValue> | undefined) => {
          const hand = edited as { id: string; header: string; value: CellValue } | null;
          return hand !== null && hand.id === id ? { ...row, [hand.header]: hand.value } : row;
        };
        for (const [id, row] of before) {
          if (id === s.target || id === deleted) continue;
          expect({ step: k, id, row: after.get(id) }).toEqual({ step: k, id, row: withEdit(id, row) });
        }
        if (!after.has(s.target)) continue;
        const target = after.get(s.target) ?? {};
        if (result.ok && s.action === "title") expect({ step: k, title: target["Title"] }).toEqual({ step: k, title });
        if (!result.ok) expect({ step: k, row: target }).toEqual({ step: k, row: withEdit(s.target, before.get(s.target)) });
      }
    }),
    { numRuns: 40 },
  );
});
