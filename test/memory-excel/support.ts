import type { CellValue, ExcelContext } from "../../src/workbook/excel-api";
import { createMemoryExcel, MemoryExcelError, type MemoryExcel, type MemoryExcelOptions } from "../../src/memory-excel";

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
 * Narrows an interface-typed proxy to the fake's class, to test members excel-api.ts does not declare
 * (TableColumn.id, Worksheet.position) without a cast.
 */
export function concrete<T>(value: unknown, type: abstract new (...args: never[]) => T): T {
  if (value instanceof type) return value;
  throw new Error(`expected a ${type.name}`);
}

/** A fresh in-memory Excel with one sheet "Sheet1" unless told otherwise. */
export function freshExcel(options: MemoryExcelOptions = {}): MemoryExcel {
  return createMemoryExcel(options);
}

/** Runs one batch and returns its result (sugar for the many one-batch tests). */
export function inExcel<T>(excel: MemoryExcel, batch: (context: ExcelContext) => Promise<T>): Promise<T> {
  return excel.run(batch);
}

/** Builds a sheet-qualified table area, e.g. area("Data", 3) = "Data!A1:C1". */
export function headerArea(sheet: string, columns: number): string {
  const last = String.fromCharCode(64 + columns);
  return `${sheet}!A1:${last}1`;
}

/** Seeds Sheet1!A1 onward with a table named `name` whose header is `headers` and data is `rows`. */
export function seedTable(excel: MemoryExcel, name: string, headers: string[], rows: CellValue[][]): void {
  const sheet = excel.workbook.sheet("Sheet1");
  const last = String.fromCharCode(64 + headers.length);
  sheet.setValuesDirect(`A1:${last}${rows.length + 1}`, [headers, ...rows]);
  excel.workbook.addTableDirect(`Sheet1!A1:${last}${rows.length + 1}`, name);
}
