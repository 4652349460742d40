import { closeSync, constants as fsConstants, openSync, accessSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import path from "node:path";
import { constants, deflateRawSync } from "node:zlib";
import type { MemoryExcel } from "../memory-excel";
import type { CellValue, ExcelRun } from "../workbook/excel-api";
import { SETTINGS } from "../workbook/layout";
import { literalText } from "../workbook/text-literal";
import { createContractStore } from "../workbook/excel-contract-store";
import { readXlsx, XlsxReadError } from "../xlsx/read-xlsx";
import { writeXlsxChunks } from "../xlsx/write-xlsx";

/**
 * The command line's files: reading an input with an error a person can act on, and writing an output whole or
 * not at all (into FILE.partial, renamed when complete), so a failed run never leaves a truncated workbook.
 */

/** A failure the command reports in one line and exits 2 for: a missing, locked, unreadable or foreign file. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** What a file error means to a person: missing, no permission, locked by another program (Excel on Windows). */
function fileProblem(file: string, error: unknown): UsageError {
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  const reason =
    code === "ENOENT"
      ? "no such file"
      : code === "EACCES" || code === "EPERM"
        ? "permission denied (is the file readable by you?)"
        : code === "EBUSY"
          ? "the file is locked by another program (close it in Excel and try again)"
          : code === "EISDIR"
            ? "it is a folder, not a file"
            : error instanceof Error
              ? error.message
              : String(error);
  return new UsageError(`${file}: ${reason}`);
}

/** Fails at once, before a long run, for an input that is missing, unreadable or a folder. */
export function checkReadable(file: string): void {
  try {
    accessSync(file, fsConstants.R_OK);
    if (statSync(file).isDirectory()) throw Object.assign(new Error("a folder"), { code: "EISDIR" });
  } catch (error) {
    throw fileProblem(file, error);
  }
}

/** Reads an .xlsx into an in-memory Excel; a UsageError says why it could not be. */
export async function openWorkbook(file: string): Promise<MemoryExcel> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(file));
  } catch (error) {
    throw fileProblem(file, error);
  }
  try {
    return await readXlsx(bytes);
  } catch (error) {
    if (error instanceof XlsxReadError) throw new UsageError(`${file}: ${error.message}`);
    throw error;
  }
}

/** Node's zlib for the writer's chunks: native, several times fflate's speed (level 6, zlib's default). */
const nodeDeflate = (chunk: Uint8Array, final: boolean): Uint8Array<ArrayBuffer> => deflateRawSync(chunk, { level: 6, finishFlush: final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH });

/** Writes the workbook to `file` through FILE.partial, streamed in chunks. */
export function saveWorkbook(excel: MemoryExcel, file: string): void {
  const partial = `${file}.partial`;
  let fd: number;
  try {
    fd = openSync(partial, "w");
  } catch (error) {
    throw fileProblem(file, error);
  }
  try {
    writeXlsxChunks(
      excel.model,
      (chunk) => {
        writeSync(fd, chunk);
      },
      { deflateChunk: nodeDeflate },
    );
    closeSync(fd);
    renameSync(partial, file);
  } catch (error) {
    closeSync(fd);
    rmSync(partial, { force: true });
    throw fileProblem(file, error);
  }
}

/** The same file, however written ("./a.xlsx", "a.xlsx", a link to it): compared by real path where it exists. */
export function sameFile(a: string, b: string): boolean {
  const real = (file: string): string => {
    try {
      return realpathSync(file);
    } catch {
      return path.resolve(file);
    }
  };
  return real(a) === real(b);
}

/** The file's name without folder and extension: "units/North.xlsx" -> "North". */
export const baseName = (file: string): string => path.basename(file, path.extname(file));

/**
 * Writes the report sheet ("AIVM Report": live formulas over the tables and its charts) as the pane's Refresh
 * report does, through the same store. The file draws a Waterfall as a clustered column (xlsx/chart-parts.ts).
 */
export async function writeReport(run: ExcelRun): Promise<void> {
  const report = await createContractStore(run).refreshReport();
  if (!report.ok) throw new Error(`The report sheet could not be written: ${report.error.message}`);
}

/** Writes settings into the workbook's AIVMSettings row, by header (text as literal text, never a formula). */
export async function writeSettings(run: ExcelRun, values: ReadonlyMap<string, CellValue>): Promise<void> {
  if (values.size === 0) return;
  await run(async (context) => {
    const table = context.workbook.tables.getItemOrNullObject(SETTINGS.table);
    const header = table.getHeaderRowRange().load("values");
    await context.sync();
    const names = (header.values[0] ?? []).map((name) => String(name));
    for (const [name, value] of values) {
      const column = names.indexOf(name);
      if (column >= 0) table.getDataBodyRange().getCell(0, column).values = [[typeof value === "string" ? literalText(value) : value]];
    }
    await context.sync();
  });
}
