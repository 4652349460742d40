import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import type { CellValue } from "../../src/workbook/excel-api";

/**
 * A second spreadsheet engine for the tests: LibreOffice Calc, headless, recalculates a workbook and saves it as
 * .xlsx; exceljs (an independent reader, not the add-in's) reads what it computed. Debian's libreoffice-calc-nogui
 * provides `soffice`; .ci/run installs it.
 */

const run = promisify(execFile);

/** A profile directory of its own, so a first start does not wait on (or disturb) a user's LibreOffice. */
const PROFILE = mkdtempSync(path.join(tmpdir(), "aivm-soffice-profile-"));

/** Opens `file` in headless LibreOffice and saves it with the `--convert-to` filter into a new directory, returned. */
async function convert(file: string, filter: string): Promise<string> {
  const outDir = mkdtempSync(path.join(tmpdir(), "aivm-soffice-out-"));
  await run("soffice", [`-env:UserInstallation=file://${PROFILE}`, "--headless", "--norestore", "--convert-to", filter, "--outdir", outDir, file], { timeout: 120_000 });
  return outDir;
}

/**
 * Opens `file` in LibreOffice Calc, which recalculates the formulas it finds without cached results (and every
 * formula when the file asks for a full calculation on load), and saves it as .xlsx in a new directory; returns
 * the new file's path. `soffice --convert-to` is LibreOffice's documented command line ("Starting LibreOffice
 * Software With Parameters").
 */
export async function recalculate(file: string): Promise<string> {
  const outDir = await convert(file, "xlsx:Calc MS Excel 2007 XML");
  const written = readdirSync(outDir);
  if (written.length !== 1 || written[0] === undefined) throw new Error(`LibreOffice wrote ${written.length} files for ${file}`);
  return path.join(outDir, written[0]);
}

/** A table as another engine sees it: its name, sheet, A1 range, headers, and each row's cells by header. */
export interface EngineTable {
  readonly name: string;
  readonly sheet: string;
  readonly range: string;
  readonly headers: readonly string[];
  /** Data rows: constants as stored, formula cells as their cached results (undefined when none was saved). */
  readonly rows: readonly (CellValue | undefined)[][];
  /** Whether each data cell holds a formula, row by row. */
  readonly isFormula: readonly boolean[][];
}

/** A cell as read: undefined for a formula saved without its result. */
export type ReadCell = CellValue | undefined;

/** Excel's serial of a date exceljs returns (it reads date-formatted cells as UTC Dates), in the 1900 date system. */
const serialOf = (date: Date): number => (date.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;


/** A result or constant as compared: dates as serials, errors as their text ("#DIV/0!"), rich text as its text. */
function plain(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return serialOf(value);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((part) => part.text).join("");
    if ("error" in value) return String(value.error);
    if ("text" in value) return String(value.text);
    return String(value);
  }
  return value;
}

/**
 * A cell's value for comparison: a constant as stored; a formula cell's cached result, undefined when the file saved
 * none. exceljs keeps a formula's result in `cell.result` (its `value` object leaves out a result of 0); a text result
 * of "" is saved by LibreOffice as an empty <v/>, which exceljs reads as no result: callers treat undefined as "".
 */
function cellValue(cell: ExcelJS.Cell): ReadCell {
  if (cell.type !== ExcelJS.ValueType.Formula) return plain(cell.value);
  // Typed as always present; undefined at run time when the file saved no result.
  const result: number | string | Date | undefined = cell.result;
  return result === undefined ? undefined : plain(result);
}

/** What exceljs knows of a table it read (its `model`: name, and the range as `tableRef` once read from a file). */
interface TableModel {
  readonly name: string;
  readonly ref: string;
  readonly tableRef?: string;
}

/**
 * exceljs 4.4 types getTables() as [Table, void] tuples and omits Table.model, but returns the Table objects, whose
 * `model` getter gives the parsed table (lib/doc/worksheet.js, lib/doc/table.js): read it through `unknown`.
 */
function tableModel(entry: unknown): TableModel {
  const model: unknown = typeof entry === "object" && entry !== null && "model" in entry ? entry.model : null;
  if (typeof model !== "object" || model === null || !("name" in model) || typeof model.name !== "string") throw new Error("exceljs returned a table without a model");
  const ref = "ref" in model && typeof model.ref === "string" ? model.ref : "";
  const tableRef = "tableRef" in model && typeof model.tableRef === "string" ? model.tableRef : undefined;
  return tableRef === undefined ? { name: model.name, ref } : { name: model.name, ref, tableRef };
}

/** Every table in the file, read by exceljs. */
export async function readTables(file: string): Promise<Map<string, EngineTable>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const tables = new Map<string, EngineTable>();
  for (const sheet of workbook.worksheets) {
    for (const table of sheet.getTables()) {
      const model = tableModel(table);
      const range = model.tableRef ?? model.ref;
      const [from, to] = range.split(":");
      const start = sheet.getCell(from ?? "A1");
      const end = sheet.getCell(to ?? from ?? "A1");
      const top = Number(start.row);
      const left = Number(start.col);
      const columns = Number(end.col) - left + 1;
      const cellsOf = (row: number): ExcelJS.Cell[] => Array.from({ length: columns }, (_, c) => sheet.getCell(row, left + c));
      const headers = cellsOf(top).map((cell) => String(cellValue(cell) ?? ""));
      const rows: ReadCell[][] = [];
      const isFormula: boolean[][] = [];
      for (let row = top + 1; row <= Number(end.row); row += 1) {
        const cells = cellsOf(row);
        rows.push(cells.map(cellValue));
        isFormula.push(cells.map((cell) => cell.type === ExcelJS.ValueType.Formula));
      }
      tables.set(model.name, { name: model.name, sheet: sheet.name, range, headers, rows, isFormula });
    }
  }
  return tables;
}

/** Cells of a sheet by A1 address, as read (formula cells as cached results). */
export async function readCells(file: string, sheetName: string, addresses: readonly string[]): Promise<Map<string, ReadCell>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet(sheetName);
  if (sheet === undefined) throw new Error(`no sheet "${sheetName}" in ${file}`);
  return new Map(addresses.map((address) => [address, cellValue(sheet.getCell(address))]));
}

/** A block of a sheet from A1, `rows` x `columns`, as Range.values would read it ("" for blank and for no result). */
export async function readBlock(file: string, sheetName: string, rows: number, columns: number): Promise<CellValue[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet(sheetName);
  if (sheet === undefined) throw new Error(`no sheet "${sheetName}" in ${file}`);
  return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => cellValue(sheet.getCell(r + 1, c + 1)) ?? ""));
}

/**
 * The first page of `file` that shows `text` and up to `count - 1` pages after it, rendered as PNG by LibreOffice (PDF export) and poppler's pdftoppm, into
 * `outDir` as `<name>-<n>.png`; returns their paths. Both are Debian packages .ci/run installs.
 */
export async function renderPages(file: string, text: string, outDir: string, name: string, count: number, dpi = 80): Promise<string[]> {
  const pdfDir = await convert(file, "pdf");
  const pdf = path.join(pdfDir, `${path.basename(file, path.extname(file))}.pdf`);
  const info = await run("pdfinfo", [pdf]);
  const pages = Number(/Pages:\s+(\d+)/.exec(info.stdout)?.[1] ?? "0");
  let first = 0;
  for (let page = 1; page <= pages && first === 0; page += 1) {
    const words = await run("pdftotext", ["-f", String(page), "-l", String(page), pdf, "-"]);
    if (words.stdout.includes(text)) first = page;
  }
  if (first === 0) return [];
  const last = Math.min(pages, first + count - 1);
  await run("pdftoppm", ["-r", String(dpi), "-png", "-f", String(first), "-l", String(last), pdf, path.join(outDir, name)]);
  return readdirSync(outDir).filter((entry) => entry.startsWith(`${name}-`) && entry.endsWith(".png")).map((entry) => path.join(outDir, entry));
}
