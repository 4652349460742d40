import { writeFileSync } from "node:fs";
import { LEDGER_LINES, type LedgerEntry } from "../src/domain/ledger";
import { EVIDENCE_LEVELS } from "../src/domain/lists";
import { createMemoryExcel } from "../src/memory-excel";
import { recordCells } from "../src/workbook/codec";
import { createContractStore } from "../src/workbook/excel-contract-store";
import { LEDGER } from "../src/workbook/layout";
import { writeXlsxChunks } from "../src/xlsx/write-xlsx";
import { manyContracts } from "../test/workbook/fixtures";

/**
 * A business unit's workbook for the consolidation bench: set up by the add-in's own set-up, `contracts` full
 * contracts (VC-0001...) through the store, and `ledgerRows` ledger rows spread over them (quarters of 2025 and
 * 2026, every line), written to `path` with the .xlsx writer. Deterministic.
 */
export async function writeUnitWorkbook(path: string, contracts: number, ledgerRows: number): Promise<void> {
  const excel = createMemoryExcel({ payloadLimitBytes: Infinity });
  const store = createContractStore(excel.run, () => new Date("2026-05-01T10:00:00Z"));
  const created = await store.createContracts(manyContracts(contracts));
  if (!created.ok) {
    const setUp = await store.setUp();
    if (!setUp.ok) throw new Error(setUp.error.message);
    const again = await store.createContracts(manyContracts(contracts));
    if (!again.ok) throw new Error(again.error.message);
  }
  const rows = Array.from({ length: ledgerRows }, (_, i) => {
    const entry: LedgerEntry = {
      id: `VL-${String(i + 1).padStart(6, "0")}`,
      contractId: `VC-${String((i % contracts) + 1).padStart(4, "0")}`,
      period: `${2025 + Math.floor((i / contracts) % 2)}-${String(1 + 3 * (Math.floor(i / contracts / 2) % 4)).padStart(2, "0")}-01`,
      line: LEDGER_LINES[i % LEDGER_LINES.length] ?? "Technology cost",
      plan: 1000 + (i % 97) * 100,
      forecast: null,
      actual: 900 + (i % 89) * 100,
      evidenceLevel: EVIDENCE_LEVELS[i % EVIDENCE_LEVELS.length] ?? null,
      evidenceSource: `GL ${4000 + (i % 50)}`,
      recordedBy: "Bench",
      updated: "2026-05-01T10:00:00Z",
    };
    return recordCells(LEDGER, entry);
  });
  await excel.run(async (context) => {
    const table = context.workbook.tables.getItemOrNullObject(LEDGER.table);
    table.rows.add(undefined, rows);
    await context.sync();
  });
  // Excel's blank first row of the new ledger stays; the consolidation must carry it as a blank row, not a problem.
  const chunks: Uint8Array[] = [];
  writeXlsxChunks(excel.model, (chunk) => chunks.push(chunk));
  writeFileSync(path, Buffer.concat(chunks));
}
