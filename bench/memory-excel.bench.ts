import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { createMemoryExcel } from "../src/memory-excel";
import type { CellValue } from "../src/workbook/excel-api";
import type { Bench, Figure } from "./harness";

// The in-memory Excel at the store's target scale: 50,000 contracts of 47 columns, added as the store adds them
// (rows.add in chunks of 1,000), with the contract table's kinds of column (text, amounts in the accounting format,
// dates, dropdowns, a calculated column). Figures: the fake's share of the heap (after a full GC) and the time of
// the calls a list makes, so the store's own budget (heap under 300 MB, list under 1.5 s) can be read against them.

const ROWS = 50_000;
const COLUMNS = 47;
const CHUNK = 1_000;
const BLOCK = 5_000;
const ACCOUNTING = '_(* #,##0.00_);_(* (#,##0.00);_(* "-"??_);_(@_)';

/** Column c's kind, in the mix of the contract table: text, amounts, dates, list values, one formula. */
function kind(c: number): "text" | "amount" | "date" | "list" | "formula" {
  if (c === COLUMNS - 1) return "formula";
  return (["text", "amount", "amount", "date", "list"] as const)[c % 5] ?? "text";
}

function row(r: number): CellValue[] {
  return Array.from({ length: COLUMNS }, (_, c) => {
    switch (kind(c)) {
      case "text":
        return c === 0 ? `VC-${r}` : `Note ${r} for column ${c}, a few words long`;
      case "amount":
        return (r % 997) * 125.5 + c;
      case "date":
        return 45_000 + (r % 1_500);
      case "list":
        return "Active";
      default:
        return "=[@[Header 1]]*2";
    }
  });
}

/** A full garbage collection (node's gc, exposed at run time), then the heap in use in MB. */
function heapMB(): number {
  setFlagsFromString("--expose_gc");
  const gc: unknown = runInNewContext("gc");
  if (typeof gc === "function") {
    gc();
    gc();
  }
  return process.memoryUsage().heapUsed / 1e6;
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

export const benches: Bench[] = [
  {
    name: `The in-memory Excel at ${ROWS.toLocaleString("en-GB")} rows x ${COLUMNS} columns`,
    async run(): Promise<Figure[]> {
      const before = heapMB();
      const excel = createMemoryExcel({ sheets: ["Value Contracts", "Lists"] });
      const header = Array.from({ length: COLUMNS }, (_, c) => `Header ${c}`);
      excel.workbook.sheet("Lists").setValuesDirect("A1:A3", [["Draft"], ["Active"], ["Paused"]]);
      excel.workbook.sheet("Value Contracts").setValuesDirect(`A1:AU2`, [header, row(0)]);
      excel.workbook.addTableDirect("'Value Contracts'!A1:AU2", "ValueContracts");
      await excel.run(async (context) => {
        const body = context.workbook.tables.getItemOrNullObject("ValueContracts").getDataBodyRange();
        body.numberFormat = [header.map((_, c) => (kind(c) === "amount" || kind(c) === "formula" ? ACCOUNTING : kind(c) === "date" ? "yyyy-mm-dd" : "General"))];
        header.forEach((_, c) => {
          if (kind(c) === "list") body.getColumn(c).dataValidation.rule = { list: { inCellDropDown: true, source: "=Lists!$A$1:$A$3" } };
        });
        await context.sync();
      });
      const addMs = await timed(() =>
        excel.run(async (context) => {
          const table = context.workbook.tables.getItemOrNullObject("ValueContracts");
          for (let first = 1; first < ROWS; first += CHUNK) {
            table.rows.add(undefined, Array.from({ length: Math.min(CHUNK, ROWS - first) }, (_, i) => row(first + i)));
            await context.sync();
          }
        }),
      );
      const fakeMB = heapMB() - before;
      const columnsMs = await timed(() =>
        excel.run(async (context) => {
          const body = context.workbook.tables.getItemOrNullObject("ValueContracts").getDataBodyRange();
          for (const c of [0, 1, 3, 4, 5]) body.getColumn(c).load("values");
          await context.sync();
        }),
      );
      let cells = 0;
      const blocksMs = await timed(() =>
        excel.run(async (context) => {
          const body = context.workbook.tables.getItemOrNullObject("ValueContracts").getDataBodyRange();
          for (let first = 0; first < ROWS; first += BLOCK) {
            const block = body.getCell(first, 0).getResizedRange(BLOCK - 1, COLUMNS - 1).load("values");
            await context.sync();
            cells += block.values.length * (block.values[0]?.length ?? 0);
          }
        }),
      );
      const textMs = await timed(() =>
        excel.run(async (context) => {
          context.workbook.tables.getItemOrNullObject("ValueContracts").getDataBodyRange().getColumn(1).load("text");
          await context.sync();
        }),
      );
      return [
        { name: "rows.add, 50 chunks of 1,000 rows", value: addMs, unit: "ms" },
        { name: "heap held by the workbook (after GC)", value: fakeMB, unit: "MB", note: "strings included" },
        { name: "load values of 5 whole columns (one request)", value: columnsMs, unit: "ms" },
        { name: `load every cell in blocks of ${BLOCK.toLocaleString("en-GB")} rows`, value: blocksMs, unit: "ms", note: `${cells.toLocaleString("en-GB")} cells, ${ROWS / BLOCK} requests` },
        { name: "load text of one accounting column", value: textMs, unit: "ms" },
      ];
    },
  },
];
