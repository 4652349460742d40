import type { NewReview } from "../src/domain/review";
import type { StoreResult, StoredContract } from "../src/workbook/contract-store";
import { createContractStore } from "../src/workbook/excel-contract-store";
import { CONTRACTS, LEDGER, LIST_FIELDS } from "../src/workbook/layout";
import { recordCells } from "../src/workbook/codec";
import type { CellValue } from "../src/workbook/excel-api";
import { chunkRows } from "../src/workbook/table-io";
import { createMemoryExcel, type MemoryExcel } from "../src/memory-excel";
import { fullContract, manyContracts, newReview } from "../test/workbook/fixtures";
import { medianMs, type Bench, type Figure } from "./harness";

const RUNS = 15;
const WARMUP = 3;

function must<T>(result: StoreResult<T>): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** Round trips one call makes. */
async function syncsOf(excel: MemoryExcel, call: () => Promise<unknown>): Promise<number> {
  excel.resetSyncCount();
  await call();
  return excel.syncCount();
}

/**
 * What the in-memory Excel alone takes to serve the two requests a list of up to 5,000 rows makes (the
 * head, then the portfolio's columns), with no decoding: the list's time less this is our code's.
 */
function fakeRead(excel: MemoryExcel): Promise<number> {
  return excel.run(async (context) => {
    const table = context.workbook.tables.getItemOrNullObject(CONTRACTS.table);
    const header = table.getHeaderRowRange().load(["values", "rowIndex"]);
    const body = table.getDataBodyRange().load("rowCount");
    table.worksheet.load("name");
    context.workbook.functions.date(1904, 1, 1).load("value");
    body.getColumn(0).load("text");
    await context.sync();
    const reads = CONTRACTS.columns.flatMap((column, i) =>
      column.kind !== "calculated" && LIST_FIELDS.has(column.key) ? [table.getDataBodyRange().getColumn(i).load(column.kind === "text" ? "text" : "values")] : [],
    );
    await context.sync();
    return (header.values[0] ?? []).length * reads.length;
  });
}

/** Heap in use now, in MB (after a collection when Node runs with --expose-gc). */
function heapMb(): number {
  const collect = (globalThis as { gc?: () => void }).gc;
  collect?.();
  return process.memoryUsage().heapUsed / 1_048_576;
}

async function storeFigures(rows: number): Promise<Figure[]> {
  const excel = createMemoryExcel();
  const store = createContractStore(excel.run);
  must(await store.setUp());
  must(await store.createContracts(manyContracts(rows)));
  const runs = rows > 5000 ? 3 : RUNS;
  const warmup = rows > 5000 ? 1 : WARMUP;

  const listSyncs = await syncsOf(excel, () => store.listContracts());
  const listMs = await medianMs(() => store.listContracts(), runs, warmup);
  const fakeMs = rows <= 5000 ? await medianMs(() => fakeRead(excel), runs, warmup) : null;

  const target = must(await store.getContract(`VC-${String(Math.floor(rows / 2)).padStart(4, "0")}`));
  let stamp: StoredContract = target;
  const update = () => store.updateContract({ ...fullContract(target.id), title: `Updated ${stamp.version ?? 0}` }, stamp).then((result) => (stamp = must(result)));
  const updateSyncs = await syncsOf(excel, update);
  const updateMs = await medianMs(update, runs, warmup);

  let reviews = 0;
  const review = () => {
    reviews += 1;
    const next: NewReview = { ...newReview(target.id), decision: "Continue", rationale: `Review ${reviews}` };
    return store.recordReview(next, stamp).then((result) => (stamp = must(result).contract));
  };
  const reviewSyncs = await syncsOf(excel, review);
  const reviewMs = await medianMs(review, runs, warmup);
  const heap = heapMb();

  const of = `(one row of ${rows.toLocaleString("en-GB")})`;
  return [
    { name: "listContracts: total", value: listMs, unit: "ms", note: `${listSyncs} round trips${rows > 5000 ? ", budget 1,500 ms" : ""}` },
    ...(fakeMs === null
      ? []
      : [
          { name: "  the in-memory Excel serving those requests alone", value: fakeMs, unit: "ms" },
          { name: "  our code (total less the fake)", value: listMs - fakeMs, unit: "ms", note: "budget 100 ms" },
        ]),
    { name: `updateContract ${of}`, value: updateMs, unit: "ms", note: `${updateSyncs} round trips, budget 3 and 100 ms` },
    { name: `recordReview ${of}`, value: reviewMs, unit: "ms", note: `${reviewSyncs} round trips` },
    { name: "heap in use, workbook and store", value: heap, unit: "MB", note: rows > 5000 ? "budget 300 MB" : "" },
  ];
}

/** The ledger rows of `contracts` contracts, `perContract` each: two years of quarters over four lines. */
function ledgerRows(contracts: number, perContract: number): CellValue[][] {
  const lines = ["Incremental revenue", "Capacity value", "Technology cost", "Operating cost"] as const;
  const rows: CellValue[][] = [];
  for (let c = 1; c <= contracts; c++) {
    for (let k = 0; k < perContract; k++) {
      const entry = {
        id: `VL-${String(rows.length + 1).padStart(6, "0")}`,
        contractId: `VC-${String(c).padStart(4, "0")}`,
        period: `${2025 + Math.floor(k / 16)}-${String(((Math.floor(k / 4) % 4) * 3) + 1).padStart(2, "0")}-01`,
        line: lines[k % 4],
        plan: 10_000 + k,
        forecast: null,
        actual: k % 3 === 0 ? null : 9_000 + k,
        evidenceLevel: k % 2 === 0 ? "Financial" : "Operational",
        evidenceSource: `GL ${4000 + (k % 4)}`,
        recordedBy: "Bench",
        updated: "2026-06-30T12:00:00Z",
      };
      rows.push(recordCells(LEDGER, entry));
    }
  }
  return rows;
}

/** What the in-memory Excel alone takes to serve the five ledger columns the list reads (one request). */
function fakeLedgerRead(excel: MemoryExcel): Promise<number> {
  return excel.run(async (context) => {
    const table = context.workbook.tables.getItemOrNullObject(LEDGER.table);
    const body = table.getDataBodyRange();
    const reads = ["Contract ID", "Line", "Plan", "Actual", "Evidence level"].map((header) => body.getColumn(LEDGER.columns.findIndex((column) => column.header === header)).load(header === "Contract ID" ? "text" : "values"));
    await context.sync();
    return reads.length;
  });
}

/**
 * Listing 5,000 contracts that have 40,000 ledger rows (eight a contract), with every contract's to-date
 * figures computed; and recording a period's actuals (four lines) at that size.
 */
async function ledgerFigures(): Promise<Figure[]> {
  const contracts = 5000;
  const excel = createMemoryExcel();
  const store = createContractStore(excel.run);
  must(await store.setUp());
  must(await store.createContracts(manyContracts(contracts)));
  const listWithout = await medianMs(() => store.listContracts(), RUNS, WARMUP);
  const rows = ledgerRows(contracts, 8);
  for (const chunk of chunkRows(rows)) {
    await excel.run(async (context) => {
      context.workbook.tables.getItemOrNullObject(LEDGER.table).rows.add(undefined, chunk);
      await context.sync();
    });
  }
  const listSyncs = await syncsOf(excel, () => store.listContracts());
  const listMs = await medianMs(() => store.listContracts(), RUNS, WARMUP);
  const fakeMs = await medianMs(() => fakeLedgerRead(excel), RUNS, WARMUP);
  const listed = must(await store.listContracts());
  const withFigures = listed.contracts.filter((stored) => (stored.figures?.realisedToDate ?? 0) !== 0).length;
  const opened = must(await store.openLedger("VC-2500"));
  let round = 0;
  const record = () => {
    round += 1;
    const lines = (["Incremental revenue", "Capacity value", "Technology cost", "Operating cost"] as const).map((line) => ({ line, plan: 10_000, forecast: null, actual: 9_000 + round, evidenceLevel: "Financial" as const, evidenceSource: "GL 4000" }));
    return store.openLedger("VC-2500").then((fresh) => store.recordActuals("VC-2500", "2027-01-01", lines, "Bench", must(fresh).entries));
  };
  const recordSyncs = await syncsOf(excel, () => store.recordActuals("VC-2500", "2027-04-01", [{ line: "Data cost", plan: 1, forecast: null, actual: 1, evidenceLevel: null, evidenceSource: "" }], "Bench", opened.entries));
  const recordMs = await medianMs(record, RUNS, WARMUP);
  return [
    { name: "listContracts, no ledger rows", value: listWithout, unit: "ms" },
    { name: "listContracts with 40,000 ledger rows, to-date figures for each", value: listMs, unit: "ms", note: `${listSyncs} round trips; ${withFigures.toLocaleString("en-GB")} contracts realised something; budget: the list's + 100 ms` },
    { name: "  what the ledger adds", value: listMs - listWithout, unit: "ms" },
    { name: "    the in-memory Excel serving the ledger's five columns alone", value: fakeMs, unit: "ms" },
    { name: "    our code (what the ledger adds, less the fake)", value: listMs - listWithout - fakeMs, unit: "ms", note: "budget 100 ms" },
    { name: "recordActuals, four lines (open and record)", value: recordMs, unit: "ms", note: `recording alone: ${recordSyncs} round trips, one of them the write` },
  ];
}

/**
 * The contract store over the in-memory Excel (no sync delay), as the preview runs it: no calculator, so
 * calculated columns cost the fake nothing (the store never decodes them).
 */
export const benches: Bench[] = [
  ...[5000, 50_000].map((rows) => ({
    name: `Contract store over the in-memory Excel, ${rows.toLocaleString("en-GB")} contracts (median of ${rows > 5000 ? 3 : RUNS})`,
    run: () => storeFigures(rows),
  })),
  { name: `Value ledger: 5,000 contracts, 40,000 ledger rows (median of ${RUNS})`, run: ledgerFigures },
];
