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

/**
 * The ExcelApi requirement set the store needs: the highest set among the Excel calls it makes
 * (src/workbook/*.ts, outside memory-excel/). manifest.xml declares it (test/manifest checks), and the
 * pane checks it with Office.context.requirements.isSetSupported before it calls Excel.run.
 *
 * Each member as Microsoft's reference gives it (learn.microsoft.com/javascript/api/excel/<page>, the
 * member's Remarks; page and anchor below):
 *
 *   Member, as the store calls it                   Set    Page#anchor
 *   Range.dataValidation (.rule, a list)            1.8    excel.range#excel-excel-range-datavalidation-member
 *                                                          excel.datavalidation#excel-excel-datavalidation-rule-member
 *   DataValidation.rule .decimal, .wholeNumber, .date (BasicDataValidation / DateTimeDataValidation: formula1,
 *   formula2, operator)                             1.8    excel.datavalidationrule#excel-excel-datavalidationrule-decimal-member
 *                                                          (and -wholenumber-member, -date-member; excel.basicdatavalidation)
 *   DataValidation.errorAlert, .prompt, .ignoreBlanks
 *                                                   1.8    excel.datavalidation#excel-excel-datavalidation-erroralert-member
 *                                                          (and -prompt-member, -ignoreblanks-member)
 *   ChartCollection.getItemOrNullObject             1.4    excel.chartcollection#excel-excel-chartcollection-getitemornullobject-member(1)
 *   Worksheet.freezePanes                           1.7    excel.worksheet#excel-excel-worksheet-freezepanes-member
 *   WorksheetFreezePanes.freezeRows(1)              1.7    excel.worksheetfreezepanes#excel-excel-worksheetfreezepanes-freezerows-member(1)
 *   WorksheetCollection.getItemOrNullObject         1.4    excel.worksheetcollection#excel-excel-worksheetcollection-getitemornullobject-member(1)
 *   TableCollection.getItemOrNullObject             1.4    excel.tablecollection#excel-excel-tablecollection-getitemornullobject-member(1)
 *   TableColumnCollection.add(undefined, undefined, name)
 *                                                   1.4    excel.tablecolumncollection#excel-excel-tablecolumncollection-add-member(1)
 *                                                          ("1.4 allows index to be optional ... 1.4 allows name parameter")
 *   TableRowCollection.add(undefined, rows)         1.4    excel.tablerowcollection#excel-excel-tablerowcollection-add-member(1)
 *                                                          ("1.4 allows adding of multiple rows"; alwaysInsert would need 1.15)
 *   Table.worksheet                                 1.2    excel.table#excel-excel-table-worksheet-member
 *   Workbook.functions; Functions.date(y, m, d); FunctionResult.value, .error
 *                                                   1.2    excel.workbook#excel-excel-workbook-functions-member
 *                                                          excel.functions#excel-excel-functions-date-member(1)
 *                                                          excel.functionresult (value, error)
 *   Range.getResizedRange                           1.2    excel.range#excel-excel-range-getresizedrange-member(1)
 *   RangeFormat.autofitColumns                      1.2    excel.rangeformat#excel-excel-rangeformat-autofitcolumns-member(1)
 *   RangeFormat.columnWidth (write)                 1.2    excel.rangeformat#excel-excel-rangeformat-columnwidth-member
 *   TableCollection.add(address string, true)       1.1    excel.tablecollection#excel-excel-tablecollection-add-member(1)
 *                                                          (a Range argument would need 1.3)
 *   TableCollection.items, load("items/name")       1.1    excel.tablecollection#excel-excel-tablecollection-items-member
 *                                                          (items and load carry no set of their own; the collection is 1.1)
 *   TableRowCollection.getItemAt; TableRow.delete   1.1    excel.tablerowcollection#excel-excel-tablerowcollection-getitemat-member(1)
 *                                                          excel.tablerow#excel-excel-tablerow-delete-member(1)
 *   RangeFormat.font; RangeFont.bold (write)        1.1    excel.rangeformat#excel-excel-rangeformat-font-member
 *                                                          excel.rangefont#excel-excel-rangefont-bold-member
 *   Range.text (read), Range.formulas (read, write) 1.1    excel.range#excel-excel-range-text-member
 *                                                          excel.range#excel-excel-range-formulas-member
 *   Workbook.worksheets, .tables; WorksheetCollection.add; Worksheet.name, .getRange; Table.name (set; read via items),
 *   .columns, .rows, .getHeaderRowRange, .getDataBodyRange; TableColumn.getDataBodyRange; Range.values,
 *   .numberFormat, .rowIndex, .rowCount, .columnCount, .format, .getCell, .getRow, .getColumn
 *                                                   1.1    excel.workbook, excel.worksheetcollection, excel.worksheet,
 *                                                          excel.table, excel.tablecolumn, excel.range
 *   Worksheet.charts; ChartCollection.add(type, range, seriesBy); Chart.name, .title.text, .setData, .setPosition
 *                                                   1.1    excel.worksheet#excel-excel-worksheet-charts-member,
 *                                                          excel.chartcollection, excel.chart, excel.charttitle
 *   ChartType "Waterfall" (the report's value bridge)
 *                                                   1.9    excel.charttype (each type's own set); asked only where the
 *                                                          pane's isSetSupported("ExcelApi", "1.9") says the host has it,
 *                                                          else the report draws a clustered column chart instead
 *   Excel.run, RequestContext.sync, load            no set of their own (the excel package page); in every Excel
 *
 * Checked against the reference's source (OfficeDev/office-js-docs-reference, docs/docs-ref-autogen/excel/)
 * and the same "[Api set: ...]" lines in @types/office-js. ExcelApi 1.8 is in Excel on the web and on iPad,
 * on Windows from version 1808 (Microsoft 365, retail perpetual; volume-licensed from Office 2021) and on Mac
 * from 16.17 (learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets). The
 * manifest's SharedRuntime 1.1 already asks more: Windows 2002, Mac 16.35 (shared-runtime-requirement-sets).
 *
 * excel-api.ts also declares members the store does not call today. Table.resize needs ExcelApi 1.13 and
 * rows.add's alwaysInsert argument 1.15: calling either raises this constant, the manifest and the check.
 */
export const EXCEL_API_VERSION = "1.8";
