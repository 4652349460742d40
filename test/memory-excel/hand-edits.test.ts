import { ValidationStopError } from "../../src/memory-excel";
import { freshExcel, tableOf } from "./support";

// The test helpers stand for what a user (or a co-author) does in Excel's grid. They act on the workbook directly,
// with Excel's own rules (typing parses like Range.values; a header cell is the column's name; deleting a table row
// moves the rows below up), and are not round trips. Citations are to the behaviour each one imitates.

function contracts() {
  const excel = freshExcel({ sheets: ["Value Contracts"] });
  excel.workbook.sheet("Value Contracts").setValuesDirect("A1:C3", [
    ["Contract ID", "Title", "Baseline"],
    ["C-001", "Churn model", 1000],
    ["C-002", "Pricing", 2000],
  ]);
  excel.workbook.addTableDirect("'Value Contracts'!A1:C3", "ValueContracts");
  return excel;
}

describe("inspection", () => {
  it("shows a cell's value, formula, format, quote prefix, bold and validation without load or sync", () => {
    const excel = contracts();
    const sheet = excel.workbook.sheet("value contracts");
    sheet.setCellDirect("D5", "=C2*2");
    expect(sheet.cell("A2")).toEqual({
      value: "C-001",
      formula: "C-001",
      isFormula: false,
      numberFormat: "General",
      quotePrefix: false,
      bold: false,
      validation: null,
    });
    expect(sheet.cell("D5")).toMatchObject({ value: 2000, formula: "=C2*2", isFormula: true });
    expect(excel.workbook.table("ValueContracts").row(1)).toEqual({ "Contract ID": "C-002", Title: "Pricing", Baseline: 2000 });
    expect(excel.syncCount()).toBe(0);
  });
});

describe("a user's edits", () => {
  // Typing a new header renames the column (support: "Rename a column header" in "Overview of Excel tables").
  it("renames a column by typing over its header", async () => {
    const excel = contracts();
    excel.workbook.sheet("Value Contracts").setCellDirect("B1", "Name");
    await excel.run(async (context) => {
      const header = tableOf(context, "ValueContracts").getHeaderRowRange().load("values");
      await context.sync();
      expect(header.values).toEqual([["Contract ID", "Name", "Baseline"]]);
    });
    excel.workbook.table("ValueContracts").renameColumnDirect("Baseline", "Contract ID");
    expect(excel.workbook.table("ValueContracts").headers()).toEqual(["Contract ID", "Name", "Contract ID2"]);
  });

  // Typing text in a number column, or a duplicate ID: Excel stores what was typed (validation lists aside).
  it("types text into a number column and duplicates an ID", () => {
    const excel = contracts();
    const table = excel.workbook.table("ValueContracts");
    table.setCellDirect(1, "Baseline", "about two thousand");
    table.setCellDirect(1, "Contract ID", "C-001");
    table.setCellDirect(0, "Baseline", "1500");
    expect(table.body()).toEqual([
      ["C-001", "Churn model", 1500],
      ["C-001", "Pricing", "about two thousand"],
    ]);
  });

  // Delete > Table Rows: the rows below move up; the table keeps at least one (then empty) data row.
  it("deletes table rows", () => {
    const excel = contracts();
    const table = excel.workbook.table("ValueContracts");
    table.deleteRowDirect(0);
    expect(table.body()).toEqual([["C-002", "Pricing", 2000]]);
    table.deleteRowDirect(0);
    expect(table.rowCount()).toBe(1);
    expect(table.body()).toEqual([["", "", ""]]);
  });

  // Adding a column of one's own at the end of the table (typing a header next to it).
  it("adds a user column at the end", async () => {
    const excel = contracts();
    excel.workbook.table("ValueContracts").addColumnDirect("My notes", ["call Ann", "'=keep as text"]);
    await excel.run(async (context) => {
      const body = tableOf(context, "ValueContracts").getDataBodyRange().getColumn(3).load("values");
      await context.sync();
      expect(body.values).toEqual([["call Ann"], ["=keep as text"]]);
    });
    expect(excel.workbook.table("ValueContracts").address()).toBe("'Value Contracts'!A1:D3");
  });

  // Renaming the table, or converting it to a range, makes getItemOrNullObject(old name) a null object.
  it("renames the table or converts it to a range", async () => {
    const excel = contracts();
    excel.workbook.table("ValueContracts").renameDirect("Contracts2025");
    await excel.run(async (context) => {
      const old = tableOf(context, "ValueContracts").load("isNullObject");
      await context.sync();
      expect(old.isNullObject).toBe(true);
    });
    excel.workbook.table("Contracts2025").convertToRangeDirect();
    expect(excel.workbook.tableNames()).toEqual([]);
    expect(excel.workbook.sheet("Value Contracts").cell("A2").value).toBe("C-001");
    expect(() => excel.workbook.table("Contracts2025").renameDirect("Bad Name")).toThrow();
  });

  // A table proxy keeps pointing at its table after a rename (office.js fixes the object by id after the first sync).
  it("keeps a loaded table through a rename between syncs", async () => {
    const excel = contracts();
    await excel.run(async (context) => {
      const table = tableOf(context, "ValueContracts").load("isNullObject");
      await context.sync();
      excel.workbook.table("ValueContracts").renameDirect("Renamed");
      const header = table.getHeaderRowRange().load("values");
      await context.sync();
      expect(header.values).toEqual([["Contract ID", "Title", "Baseline"]]);
    });
    expect(excel.workbook.tableNames()).toEqual(["Renamed"]);
  });
});

describe("seeding", () => {
  it("adds sheets and tables directly", () => {
    const excel = freshExcel();
    excel.workbook.addSheet("Value Reviews");
    const table = excel.workbook.addTableDirect("'Value Reviews'!B2:C2", "ValueReviews");
    expect(excel.workbook.sheetNames()).toEqual(["Sheet1", "Value Reviews"]);
    expect(table.address()).toBe("'Value Reviews'!B2:C3");
    expect(table.headers()).toEqual(["Column1", "Column2"]);
    expect(excel.workbook.hasTable("valuereviews")).toBe(true);
    expect(() => excel.workbook.addTableDirect("'Value Reviews'!B2:C3", "Other")).toThrow();
    expect(() => excel.workbook.sheet("Missing")).toThrow(/no sheet/);
  });
});

describe("typing like a user", () => {
  // Typed into a General cell, a date becomes its serial and gets a date format, a percentage its fraction and a
  // percent format (support: "Format numbers as dates or times", "Format numbers as percentages"). 2026-01-31 is
  // serial 46053 in the 1900 system.
  it("turns typed dates and percentages into numbers with a format", () => {
    const excel = freshExcel();
    const sheet = excel.workbook.sheet("Sheet1");
    sheet.setCellDirect("A1", "2026-01-31");
    sheet.setCellDirect("A2", "1/31/2026");
    sheet.setCellDirect("A3", "12%");
    expect(sheet.values("A1:A3")).toEqual([[46_053], [46_053], [0.12]]);
    expect(["A1", "A2", "A3"].map((address) => sheet.cell(address).numberFormat)).toEqual(["yyyy-mm-dd", "m/d/yyyy", "0%"]);
    expect(sheet.text("A1:A3")).toEqual([["2026-01-31"], ["1/31/2026"], ["12%"]]);
  });

  // The locale decides the order of a typed d/m/y date: en-GB reads 31/01/2026 as 31 January and shows it that way.
  it("reads typed dates in the workbook's locale", () => {
    const excel = freshExcel({ locale: "en-GB" });
    const sheet = excel.workbook.sheet("Sheet1");
    sheet.setCellDirect("A1", "31/01/2026");
    sheet.setCellDirect("A2", "1/31/2026");
    expect(sheet.values("A1:A2")).toEqual([[46_053], ["1/31/2026"]]);
    expect(sheet.text("A1")).toEqual([["31/01/2026"]]);
  });

  // Support, "Format numbers as text": in a cell formatted as Text, what is typed stays text (leading zeros, formulas).
  it("keeps what is typed into a Text cell as text", async () => {
    const excel = freshExcel();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItemOrNullObject("Sheet1").getRange("A1:A2").numberFormat = [["@"], ["@"]];
      await context.sync();
    });
    const sheet = excel.workbook.sheet("Sheet1");
    sheet.setCellDirect("A1", "00123");
    sheet.setCellDirect("A2", "=1+1");
    expect(sheet.values("A1:A2")).toEqual([["00123"], ["=1+1"]]);
  });
});

describe("a user's row edits", () => {
  // Insert > Table Rows Above: the rows below move down, the new row takes the formats of the row above, calculated
  // columns fill it, and what is pasted in lands there.
  it("inserts a row in the middle of a table", () => {
    const excel = contracts();
    excel.workbook.table("ValueContracts").addColumnDirect("Double", ["=[@Baseline]*2", "=[@Baseline]*2"]);
    const table = excel.workbook.table("ValueContracts");
    table.insertRowDirect(1, ["C-003", "Inserted", 500]);
    expect(table.body()).toEqual([
      ["C-001", "Churn model", 1000, 2000],
      ["C-003", "Inserted", 500, 1000],
      ["C-002", "Pricing", 2000, 4000],
    ]);
    table.insertRowDirect(0);
    expect(table.row(0)).toEqual({ "Contract ID": "", Title: "", Baseline: "", Double: 0 });
    expect(table.address()).toBe("'Value Contracts'!A1:D5");
  });

  // Typing under a table makes it grow over the row; the later entries of the row are checked against their column's
  // validation, so a negative baseline typed there is stopped.
  it("adds a row at the end by typing under the table", async () => {
    const excel = contracts();
    await excel.run(async (context) => {
      const baseline = tableOf(context, "ValueContracts").getDataBodyRange().getColumn(2);
      baseline.numberFormat = [["#,##0"], ["#,##0"]];
      baseline.dataValidation.rule = { decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" } };
      await context.sync();
    });
    const table = excel.workbook.table("ValueContracts");
    table.addRowDirect(["C-003", "Forecasting", 2500]);
    expect(table.row(2)).toEqual({ "Contract ID": "C-003", Title: "Forecasting", Baseline: 2500 });
    expect(excel.workbook.sheet("Value Contracts").text("C4")).toEqual([["2,500"]]);
    expect(() => table.addRowDirect(["C-004", "Negative", -1])).toThrow(ValidationStopError);
    expect(table.row(3)).toEqual({ "Contract ID": "C-004", Title: "Negative", Baseline: "" });
  });

  // Pasting a whole row over a data row: parsed like typing, not checked against validation.
  it("pastes a row over a data row", () => {
    const excel = contracts();
    const table = excel.workbook.table("ValueContracts");
    table.pasteRowDirect(0, ["C-009", "Pasted", "1,500"]);
    expect(table.row(0)).toEqual({ "Contract ID": "C-009", Title: "Pasted", Baseline: 1500 });
    expect(() => table.pasteRowDirect(5, ["x"])).toThrow(RangeError);
  });
});
