import { cpus } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { CellProblem } from "../workbook/contract-store";
import type { CellValue } from "../workbook/excel-api";
import { CONTRACTS, LEDGER, LOSSES, RANGES, REVIEWS, SETTINGS } from "../workbook/layout";
import { checkedProblems } from "./check";
import { openWorkbook, UsageError } from "./files";

/**
 * A unit's workbook as consolidation needs it, in plain data a worker thread can send: the store's problems and each
 * of AIVM's tables as header names and body values. Read in worker threads (one per core, two at most: each holds a
 * unit's workbook) when the command runs under tsx's loader, else one by one.
 */

export interface TableData {
  readonly sheet: string;
  /** Zero-based sheet row of the header. */
  readonly top: number;
  readonly headers: readonly string[];
  readonly body: readonly (readonly CellValue[])[];
}

export interface UnitData {
  readonly file: string;
  readonly dateSystem: 1900 | 1904;
  readonly problems: readonly CellProblem[];
  readonly tables: Readonly<Record<string, TableData>>;
}

/** Reads and checks one unit (in whichever thread runs it). */
export async function readUnit(file: string): Promise<UnitData> {
  const excel = await openWorkbook(file);
  const problems = await checkedProblems(file, excel);
  const tables: Record<string, TableData> = {};
  for (const layout of [CONTRACTS, REVIEWS, LEDGER, RANGES, LOSSES, SETTINGS]) {
    const table = excel.model.findTable(layout.table);
    if (table === undefined) continue;
    tables[layout.table] = { sheet: table.sheet.name, top: table.top, headers: table.columns.map((column) => column.name), body: excel.model.values(table.sheet, table.bodyRect) };
  }
  return { file, dateSystem: excel.model.dateSystem, problems, tables };
}

/** A unit's setting under `header` as its AIVMSettings cell holds it ("" when the table or column is missing, or blank). */
export function settingOf(data: UnitData, header: string): CellValue {
  const table = data.tables[SETTINGS.table];
  const at = table?.headers.findIndex((name) => name.toLowerCase() === header.toLowerCase()) ?? -1;
  return at < 0 ? "" : (table?.body[0]?.[at] ?? "");
}

/** What a worker sends back: the unit, or why it could not be read. */
export type WorkerReply = { readonly index: number; readonly unit: UnitData } | { readonly index: number; readonly error: string; readonly usage: boolean };

/** Whether this process runs under tsx's loader (the aivm command, npm run bench), so a worker can load TypeScript. */
const underTsx = (): boolean => process.execArgv.some((arg, i, all) => (arg === "--import" && /tsx/.test(all[i + 1] ?? "")) || /^--import=.*tsx/.test(arg));

/** The units in file order, read by up to two worker threads (or here, one by one). */
export async function* readUnits(files: readonly string[], progress: (line: string) => void): AsyncGenerator<UnitData> {
  const threads = Math.min(2, cpus().length, files.length);
  if (!underTsx() || threads < 2) {
    for (const [i, file] of files.entries()) {
      progress(`Reading ${file} (${i + 1} of ${files.length})...`);
      yield await readUnit(file);
    }
    return;
  }
  const replies = new Map<number, WorkerReply>();
  let wake: (() => void) | null = null;
  let next = 0;
  // tsx's --import loader does not reach worker threads on node 20 ("Unknown file extension .ts"): each worker
  // registers tsx's CommonJS hook itself, then loads the worker module.
  const source = `require(${JSON.stringify(require.resolve("tsx/cjs/api"))}).register(); require(${JSON.stringify(path.join(__dirname, "unit-worker.ts"))});`;
  const workers = Array.from({ length: threads }, () => new Worker(source, { eval: true, execArgv: [] }));
  const give = (worker: Worker): void => {
    const index = next;
    next += 1;
    if (index >= files.length) {
      void worker.terminate();
      return;
    }
    progress(`Reading ${files[index] ?? ""} (${index + 1} of ${files.length})...`);
    worker.postMessage({ index, file: files[index] });
  };
  for (const worker of workers) {
    worker.on("message", (reply: WorkerReply) => {
      replies.set(reply.index, reply);
      give(worker);
      wake?.();
    });
    worker.on("error", (error) => {
      replies.set(-1, { index: -1, error: error.message, usage: false });
      wake?.();
    });
    give(worker);
  }
  try {
    for (let index = 0; index < files.length; index += 1) {
      while (!replies.has(index) && !replies.has(-1)) await new Promise<void>((resolve) => (wake = resolve));
      const reply = replies.get(index) ?? replies.get(-1);
      replies.delete(index);
      if (reply === undefined || "error" in reply) {
        const message = reply !== undefined && "error" in reply ? reply.error : "a worker stopped";
        throw reply !== undefined && "usage" in reply && reply.usage ? new UsageError(message) : new Error(message);
      }
      yield reply.unit;
    }
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
