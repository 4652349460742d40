import type { ExcelContext, ExcelRun } from "./excel-api";

/**
 * The one module that calls Excel.run. Everything else receives an ExcelRun, so the same store code
 * runs over the real workbook and over the in-memory Excel.
 */
export const excelRun: ExcelRun = (batch) => Excel.run((context) => batch(asSubset(context)));

/** Compile-time proof that the real request context provides the subset the store relies on. */
function asSubset(context: Excel.RequestContext): ExcelContext {
  return context;
}
