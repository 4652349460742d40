import { freshExcel, sheetOf } from "./support";

// "Date systems in Excel" (https://support.microsoft.com/office/e7fe7167-48a9-4b96-bb53-5612a800b487): in the 1900
// system serial 1 is 1 January 1900; in the 1904 system serial 0 is 1 January 1904, and "the first day is 1462 days
// different" between them. DATE: https://support.microsoft.com/office/e36c0c8c-4104-49da-ab83-82328b832349.
// Excel.Functions / FunctionResult (ExcelApi 1.2): https://learn.microsoft.com/javascript/api/excel/excel.functions.

describe("workbook.functions.date", () => {
  // The store asks DATE(1904, 1, 1) to learn the workbook's date system: 1462 in the 1900 system, 0 in the 1904 one.
  it("answers in the workbook's date system", async () => {
    for (const [dateSystem, expected] of [[1900, 1462], [1904, 0]] as const) {
      const excel = freshExcel({ dateSystem });
      const value = await excel.run(async (context) => {
        const result = context.workbook.functions.date(1904, 1, 1).load("value, error");
        await context.sync();
        expect(result.error).toBeNull();
        return result.value;
      });
      expect(value).toBe(expected);
      expect(excel.syncCount()).toBe(1);
    }
  });

  // DATE's examples: "=DATE(2008,14,2) returns the serial number representing February 2, 2009"; a year from 0 to
  // 1899 is added to 1900 (DATE(108,1,2) is 2 January 2008); a negative year is #NUM!. "The value field will be
  // populated only if no error has occurred": the fake throws if value is read after an error.
  it("follows DATE's rules and reports #NUM! as an error", async () => {
    const excel = freshExcel();
    await excel.run(async (context) => {
      const overflow = context.workbook.functions.date(2008, 14, 2).load("value");
      const small = context.workbook.functions.date(108, 1, 2).load("value");
      const bad = context.workbook.functions.date(-1, 1, 1).load(["value", "error"]);
      await context.sync();
      expect(overflow.value).toBe(39_846);
      expect(small.value).toBe(39_449);
      expect(bad.error).toBe("#NUM!");
      expect(() => bad.value).toThrow(/not populated/);
    });
  });

  // Like any property, value must be loaded and synced before it is read.
  it("must be loaded before it is read", async () => {
    const excel = freshExcel();
    await excel.run(async (context) => {
      const result = context.workbook.functions.date(2026, 1, 31);
      expect(() => result.value).toThrow(/The property 'value' is not available/);
      result.load("value");
      await context.sync();
      expect(() => result.error).toThrow(/The property 'error' is not available/);
    });
  });
});

describe("the 1904 date system", () => {
  // Dates written or typed become serials of the workbook's system: 2025-08-19 is 45888 in 1900, 45888 - 1462 in 1904.
  it("stores typed and written dates as 1904 serials and shows them as the same dates", async () => {
    const excel = freshExcel({ dateSystem: 1904 });
    const sheet = excel.workbook.sheet("Sheet1");
    sheet.setCellDirect("A1", "2025-08-19");
    await excel.run(async (context) => {
      sheetOf(context).getRange("A2").values = [["2025-08-19"]];
      await context.sync();
    });
    expect(sheet.values("A1:A2")).toEqual([[44_426], [44_426]]);
    expect(sheet.text("A1:A2")).toEqual([["2025-08-19"], ["2025-08-19"]]);
    sheet.setCellDirect("A3", "1903-12-31");
    expect(sheet.cell("A3").value).toBe("1903-12-31");
  });

  // The calculator's DATE and EDATE answer in the workbook's system ("EDATE ... returns the serial number").
  it("calculates DATE and EDATE in 1904 serials", () => {
    const excel = freshExcel({ dateSystem: 1904 });
    const sheet = excel.workbook.sheet("Sheet1");
    sheet.setCellDirect("A1", "=DATE(2026,1,31)");
    sheet.setCellDirect("A2", "=EDATE(A1,1)");
    sheet.setValuesDirect("A3:A4", [["=DATE(1904,1,1)"], ["=EDATE(0,-1)"]]);
    expect(sheet.values("A1:A4")).toEqual([[46_053 - 1462], [46_081 - 1462], [0], ["#NUM!"]]);
  });

  it("calculates DATE and EDATE in 1900 serials by default", () => {
    const excel = freshExcel();
    const sheet = excel.workbook.sheet("Sheet1");
    sheet.setValuesDirect("A1:A3", [["=DATE(2026,1,31)"], ["=EDATE(A1,1)"], ["=DATE(1900,3,0)"]]);
    expect(sheet.values("A1:A3")).toEqual([[46_053], [46_081], [60]]);
  });
});
