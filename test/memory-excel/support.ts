import type { CellValue, ExcelContext, TableLike, WorksheetLike } from "../../src/workbook/excel-api";
import { createMemoryExcel, MemoryExcelError, type MemoryExcel, type MemoryExcelOptions } from "../../src/memory-excel";
import { calculateFormula } from "../support/formula-eval";

/** The error a promise rejects with, checked to be an Excel-shaped error. */
export async function excelError(promise: Promise<unknown>): Promise<MemoryExcelError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof MemoryExcelError) return error;
    throw error;
  }
  throw new Error("expected the promise to reject with an Excel error");
}

/** The error a synchronous call throws (PropertyNotLoaded and other client-side errors). */
export function thrownError(call: () => unknown): MemoryExcelError {
  try {
    call();
  } catch (error) {
    if (error instanceof MemoryExcelError) return error;
    throw error;
  }
  throw new Error("expected the call to throw an Excel error");
}

/**
 * A fresh in-memory Excel with one sheet "Sheet1" unless told otherwise, calculating formulas with the tests'
 * calculator (the in-memory Excel's own tests pin what Excel reads, and Excel calculates).
 */
export function freshExcel(options: MemoryExcelOptions = {}): MemoryExcel {
  return createMemoryExcel({ calculate: calculateFormula, ...options });
}

/** Seeds Sheet1!A1 onward with a table named `name` whose header is `headers` and data is `rows`. */
export function seedTable(excel: MemoryExcel, name: string, headers: string[], rows: CellValue[][]): void {
  const sheet = excel.workbook.sheet("Sheet1");
  const last = String.fromCharCode(64 + headers.length);
  sheet.setValuesDirect(`A1:${last}${rows.length + 1}`, [headers, ...rows]);
  excel.workbook.addTableDirect(`Sheet1!A1:${last}${rows.length + 1}`, name);
}

/** Sheet1 (or `name`) of a batch's workbook; the store finds sheets with getItemOrNullObject, so the tests do too. */
export function sheetOf(context: ExcelContext, name = "Sheet1"): WorksheetLike {
  return context.workbook.worksheets.getItemOrNullObject(name);
}

/** A table of a batch's workbook, found as the store finds it. */
export function tableOf(context: ExcelContext, name: string): TableLike {
  return context.workbook.tables.getItemOrNullObject(name);
}
