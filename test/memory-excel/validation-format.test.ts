import { excelError, freshExcel, seedTable } from "./support";

// Data validation: https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-data-validation
// Range format: https://learn.microsoft.com/javascript/api/excel/excel.rangeformat

describe("list validation", () => {
  // "The source property specifies the list of valid values. The string argument refers to a range containing the
  // names. You can also assign a comma-delimited list such as "Sue, Ricky, Liz"."
  it("sets a list rule on a range and reads it back", async () => {
    const excel = freshExcel();
    seedTable(excel, "Contracts", ["ID", "Status"], [["C-1", "Draft"], ["C-2", "Active"]]);
    await excel.run(async (context) => {
      const status = context.workbook.tables.getItem("Contracts").columns.getItemOrNullObject("Status").getDataBodyRange();
      status.dataValidation.rule = { list: { inCellDropDown: true, source: "Draft,Active,Paused" } };
      const read = context.workbook.worksheets.getItem("Sheet1").getRange("B2:B3").load("dataValidation/rule");
      await context.sync();
      expect(read.dataValidation.rule).toEqual({ list: { inCellDropDown: true, source: "Draft,Active,Paused" } });
    });
    expect(excel.workbook.sheet("Sheet1").cell("B3").validation).toEqual({ inCellDropDown: true, source: "Draft,Active,Paused" });
    expect(excel.workbook.sheet("Sheet1").cell("A3").validation).toBeNull();
  });

  // The source may be a range reference ("=Names!$A$1:$A$3") or a Range; one naming a missing sheet is refused.
  it("takes a range source as a reference string or a Range", async () => {
    const excel = freshExcel({ sheets: ["Sheet1", "Lists"] });
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:A3").dataValidation.rule = { list: { inCellDropDown: true, source: "=Lists!$A$2:$A$7" } };
      const source = context.workbook.worksheets.getItem("Lists").getRange("B2:B5");
      sheet.getRange("B1:B3").dataValidation.rule = { list: { inCellDropDown: false, source } };
      await context.sync();
      sheet.getRange("C1").dataValidation.rule = { list: { inCellDropDown: true, source: "=Missing!$A$1:$A$3" } };
      expect((await excelError(context.sync())).code).toBe("InvalidArgument");
    });
    expect(excel.workbook.sheet("Sheet1").cell("A2").validation?.source).toBe("=Lists!$A$2:$A$7");
    expect(excel.workbook.sheet("Sheet1").cell("B2").validation).toEqual({ inCellDropDown: false, source: "=Lists!$B$2:$B$5" });
  });

  // A typed list is at most 255 characters (Excel's limit on a list validation's source string, cited by XlsxWriter's
  // and excelize's documentation); longer lists must come from cells. The error Excel's API gives is not documented:
  // the fake uses InvalidArgument.
  it("refuses a typed list longer than 255 characters", async () => {
    const excel = freshExcel();
    const items = (count: number): string => Array.from({ length: count }, (_, i) => `Item number ${String(i).padStart(3, "0")}`).join(",");
    expect(items(16)).toHaveLength(255);
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:A5");
      range.dataValidation.rule = { list: { inCellDropDown: true, source: items(16) } };
      await context.sync();
      range.dataValidation.rule = { list: { inCellDropDown: true, source: items(17) } };
      const error = await excelError(context.sync());
      expect(error.code).toBe("InvalidArgument");
      expect(error.debugInfo.detail).toContain("255");
    });
  });

  // "To remove data validation from a range, call the Range.dataValidation.clear() method ... If the two ranges
  // aren't an exact match, only overlapping cells are cleared." DataValidation.type reads None, List or Inconsistent.
  it("clears the overlapping cells and reports the rule type", async () => {
    const excel = freshExcel();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:A4").dataValidation.rule = { list: { inCellDropDown: true, source: "Yes,No" } };
      sheet.getRange("A3:A1048576").dataValidation.clear();
      const kept = sheet.getRange("A1:A2").load("dataValidation/type");
      const mixed = sheet.getRange("A1:A4").load("dataValidation/type, dataValidation/rule");
      const none = sheet.getRange("A3:A4").load("dataValidation/type");
      await context.sync();
      expect(kept.dataValidation).toMatchObject({ type: "List" });
      expect(mixed.dataValidation).toMatchObject({ type: "Inconsistent", rule: {} });
      expect(none.dataValidation).toMatchObject({ type: "None" });
    });
  });

  // "data validation is triggered only if the user directly enters a value into a cell": writes from the API are not
  // checked against the rule.
  it("does not check values written through the API", async () => {
    const excel = freshExcel();
    await excel.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      cell.dataValidation.rule = { list: { inCellDropDown: true, source: "Yes,No" } };
      cell.values = [["Maybe"]];
      await context.sync();
    });
    expect(excel.workbook.sheet("Sheet1").cell("A1").value).toBe("Maybe");
  });
});

describe("format", () => {
  // RangeFormat.wrapText: "Specifies if Excel wraps the text in the object"; autofitColumns(): "Changes the width of
  // the columns of the current range to achieve the best fit" (recorded, the fake has no widths).
  it("sets wrap text and records autofit calls", async () => {
    const excel = freshExcel();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B2").format.wrapText = true;
      sheet.getRange("A1:C1").format.autofitColumns();
      const wrapped = sheet.getRange("A1:B2").load("format/wrapText");
      const mixed = sheet.getRange("A1:C1").load("format/wrapText");
      await context.sync();
      expect(wrapped.format.wrapText).toBe(true);
      expect(mixed.format.wrapText).toBe(false);
    });
    expect(excel.workbook.sheet("Sheet1").cell("B2").wrapText).toBe(true);
    expect(excel.workbook.sheet("Sheet1").autofitCalls()).toEqual(["Sheet1!A1:C1"]);
  });
});
