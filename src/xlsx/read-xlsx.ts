import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { z } from "zod";
import { memoryExcelOver, Workbook, type MemoryExcel } from "../memory-excel";
import { parseAddress } from "../memory-excel/address";
import type { Content, Formula } from "../memory-excel/model-sheet";
import { mayHoldCellReference } from "./formula-syntax";
import { addTables, FormulaCache, readPackage, tableFinder, type FoundTable } from "./read-package";

/**
 * Reads an .xlsx file into an in-memory Excel, so the add-in's own store runs over it unchanged: sheets, cell values
 * (dates as serials in the file's date system), formulas in the syntax Range.formulas shows, number formats, frozen
 * header rows and tables (name, range, header names). The parts are read directly first (read-package.ts: 1 s for a
 * 407,000-cell unit where exceljs's load takes 7), and by exceljs, the well-kept library, when that reader meets what
 * it leaves alone (shared formulas with A1 references to shift, date cells). Not read: data validation; the quote
 * prefix on the exceljs path (exceljs drops it); cached formula results (the in-memory Excel calculates, or reads
 * #NAME? as without a calculator).
 */

/** Why a file could not be read: not an .xlsx package at all, or one exceljs could not parse. */
export class XlsxReadError extends Error {
  override readonly name = "XlsxReadError";
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

/**
 * exceljs reads a table's headerRowCount as `attributes.headerRowCount === "1"`, so a table with a header row, for
 * which Excel omits the attribute (its default is 1, ECMA-376 Part 1 §18.5.1.2), comes back with headerRow false.
 * The table parts are read here instead (they are small): the tables whose headerRowCount is "0".
 */
function tablesWithoutHeader(bytes: Uint8Array): Set<string> {
  const parts = unzipSync(bytes, { filter: (file) => /^xl\/tables\/[^/]+\.xml$/.test(file.name) });
  const names = new Set<string>();
  for (const data of Object.values(parts)) {
    const text = new TextDecoder().decode(data);
    const open = /<table\b[^>]*>/.exec(text)?.[0] ?? "";
    const name = /\bname="([^"]*)"/.exec(open)?.[1];
    if (name !== undefined && /\bheaderRowCount="0"/.test(open)) names.add(name);
  }
  return names;
}

/**
 * What the reader needs of a table exceljs loaded: its model's name and range. getTables() is typed as pairs but
 * gives the Table objects themselves, whose `table` is the model: parsed here rather than trusted.
 */
const LoadedTable = z.object({ table: z.object({ name: z.string(), tableRef: z.string() }) });

/** Days from 1970-01-01 (JavaScript's epoch) to serial 0 of each date system: 25,569 (1900), 24,107 (1904). */
const EPOCH_SERIAL = { 1900: 25_569, 1904: 25_569 - 1_462 } as const;
const MS_PER_DAY = 86_400_000;

/**
 * Formulas of exceljs's cells: converted once by text (FormulaCache); a shared formula's cells (ECMA-376
 * §18.3.1.40) take their first cell's when it holds no A1 reference, else exceljs's translation for each cell.
 */
class Formulas {
  private readonly cache = new FormulaCache();
  private readonly masters = new Map<string, Formula | null>();

  of(cell: ExcelJS.Cell, table: string | null): Formula {
    const value = cell.value;
    if (typeof value === "object" && value !== null && "sharedFormula" in value) {
      const master = this.masters.get(`${cell.worksheet.name}!${value.sharedFormula}`);
      if (master) return master;
    }
    const text = cell.formula;
    const formula = this.cache.of(text, table);
    if (typeof value === "object" && value !== null && "shareType" in value && value.shareType === "shared") {
      this.masters.set(`${cell.worksheet.name}!${cell.address}`, mayHoldCellReference(text) ? null : formula);
    }
    return formula;
  }
}

function contentOf(cell: ExcelJS.Cell, dateSystem: 1900 | 1904, table: string | null, formulas: Formulas): Content | undefined {
  switch (cell.type) {
    case ExcelJS.ValueType.Null:
    case ExcelJS.ValueType.Merge:
      return undefined;
    case ExcelJS.ValueType.Number:
    case ExcelJS.ValueType.Boolean:
    case ExcelJS.ValueType.String:
    case ExcelJS.ValueType.SharedString: {
      const value = cell.value;
      return typeof value === "number" || typeof value === "boolean" || typeof value === "string" ? (value === "" ? undefined : value) : cell.text;
    }
    case ExcelJS.ValueType.Date: {
      const value = cell.value;
      return value instanceof Date ? value.getTime() / MS_PER_DAY + EPOCH_SERIAL[dateSystem] : undefined;
    }
    case ExcelJS.ValueType.Formula:
      return formulas.of(cell, table);
    default:
      // Rich text, hyperlinks and error values: the text the cell shows.
      return cell.text === "" ? undefined : cell.text;
  }
}

/**
 * The workbook in an .xlsx file (bytes, or a path), as an in-memory Excel whose store requests have no size limit:
 * read from its parts directly (read-package.ts), or with exceljs where that reader gives up.
 */
export async function readXlsx(input: Uint8Array | string, reader: "auto" | "exceljs" = "auto"): Promise<MemoryExcel> {
  const bytes = typeof input === "string" ? new Uint8Array(await readFile(input)) : input;
  if (bytes.length < 4 || ZIP_SIGNATURE.some((byte, i) => bytes[i] !== byte)) throw new XlsxReadError("it is not an .xlsx file (no zip signature)");
  let fast: Workbook | null = null;
  if (reader === "auto") {
    try {
      fast = readPackage(bytes);
    } catch (error) {
      throw new XlsxReadError(`it is not a readable .xlsx file (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  return memoryExcelOver(fast ?? (await readWithExceljs(bytes)), { payloadLimitBytes: Infinity });
}

/** The workbook as exceljs reads it. */
async function readWithExceljs(bytes: Uint8Array): Promise<Workbook> {
  const book = new ExcelJS.Workbook();
  let headless: Set<string>;
  try {
    headless = tablesWithoutHeader(bytes);
    // exceljs declares its own Buffer as an ArrayBuffer, and its zip reader takes one.
    await book.xlsx.load(bytes.slice().buffer);
  } catch (error) {
    throw new XlsxReadError(`it is not a readable .xlsx file (${error instanceof Error ? error.message : String(error)})`);
  }
  const dateSystem = book.properties.date1904 ? 1904 : 1900;
  const model = new Workbook({ calculate: null, dateSystem, locale: "en-US", chartTypes: "1.9" });
  const formulas = new Formulas();
  for (const worksheet of book.worksheets) {
    const sheet = model.addSheet(worksheet.name, "readXlsx");
    const tables: FoundTable[] = worksheet.getTables().flatMap((entry): FoundTable[] => {
      const parsed = LoadedTable.safeParse(entry);
      if (!parsed.success || headless.has(parsed.data.table.name)) return [];
      const address = parseAddress(parsed.data.table.tableRef);
      return address === null ? [] : [{ name: parsed.data.table.name, rect: address.rect }];
    });
    const tableAt = tableFinder(tables);
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: true }, (cell, columnNumber) => {
        const r = rowNumber - 1;
        const c = columnNumber - 1;
        const content = contentOf(cell, dateSystem, tableAt(r, c), formulas);
        if (content !== undefined) sheet.setContent(r, c, content);
        const format = cell.numFmt;
        if (typeof format === "string" && format !== "" && format !== "General") sheet.setStyle(r, c, model.styles.style(format, false, null));
      });
    });
    // exceljs leaves views null for a sheet without sheetViews, whatever its types say.
    const view = (worksheet.views ?? [])[0];
    if (view?.state === "frozen" && typeof view.ySplit === "number") sheet.frozenRows = view.ySplit;
    addTables(model, sheet, tables);
  }
  return model;
}
