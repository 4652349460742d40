import { excelError, freshExcel, seedTable, tableOf } from "./support";

// Excel.TableRowCollection: https://learn.microsoft.com/javascript/api/excel/excel.tablerowcollection

describe("rows", () => {
  // TableRowCollection.add(index, values): "If null or -1, the addition happens at the end. Any rows below the
  // inserted row are shifted downwards." Several rows go as one 2-D array (ExcelApi 1.4).
  it("appends whole rows, moving the cells below within the table's columns", async () => {
    const excel = freshExcel();
    seedTable(excel, "People", ["Name", "Age"], [["Ann", 30], ["Bob", 40]]);
    const sheet = excel.workbook.sheet("Sheet1");
    sheet.setValuesDirect("A6:C6", [["under A", "under B", "beside"]]);
    await excel.run(async (context) => {
      tableOf(context, "People").rows.add(undefined, [["Cy", 50], ["Di", 60]]);
      await context.sync();
    });
    expect(excel.workbook.table("People").body()).toEqual([["Ann", 30], ["Bob", 40], ["Cy", 50], ["Di", 60]]);
    expect(sheet.values("A8:C8")).toEqual([["under A", "under B", ""]]);
    expect(sheet.values("C6")).toEqual([["beside"]]);
  });

  // The added rows' values must have one value per column; they are parsed like Range.values.
  it("refuses rows of the wrong width and parses the values it adds", async () => {
    const excel = freshExcel();
    seedTable(excel, "People", ["Name", "Age"], [["Ann", 30]]);
    await excel.run(async (context) => {
      const rows = tableOf(context, "People").rows;
      rows.add(undefined, [["Bob"]]);
      expect((await excelError(context.sync())).code).toBe("InvalidArgument");
      rows.add(undefined, [["=1+1", "41"]]);
      await context.sync();
    });
    expect(excel.workbook.table("People").body()).toEqual([["Ann", 30], [2, 41]]);
  });

  // Inserting rows shifts cells down in the table's columns; a table below that only partly shares those columns
  // would be cut, which Excel refuses ("The insert or delete operation attempted resulted in a conflict.").
  it("refuses to insert rows that would split another table", async () => {
    const excel = freshExcel();
    seedTable(excel, "People", ["Name", "Age"], [["Ann", 30]]);
    excel.workbook.sheet("Sheet1").setValuesDirect("B5:C6", [["X", "Y"], [1, 2]]);
    excel.workbook.addTableDirect("Sheet1!B5:C6", "Other");
    await excel.run(async (context) => {
      tableOf(context, "People").rows.add(undefined, [["Bob", 40]]);
      expect((await excelError(context.sync())).code).toBe("InsertDeleteConflict");
    });
    expect(excel.workbook.table("People").rowCount()).toBe(1);
  });

  // A column whose data cells all share a formula is a calculated column: Excel fills it into new rows.
  // (Support: "Use calculated columns in an Excel table".)
  it("fills calculated columns into added rows", async () => {
    const excel = freshExcel();
    seedTable(excel, "Costs", ["A", "B", "Total"], [[1, 2, "=[@A]+[@B]"], [3, 4, "=[@A]+[@B]"]]);
    await excel.run(async (context) => {
      tableOf(context, "Costs").rows.add(undefined, [[10, 20, ""]]);
      await context.sync();
    });
    expect(excel.workbook.table("Costs").body()).toEqual([[1, 2, 3], [3, 4, 7], [10, 20, 30]]);
  });

  // "write the data into a range object via table.getDataBodyRange(), and the table will expand automatically":
  // table.getDataBodyRange().getRowsBelow(1).values = [["C", 3]] (Excel performance article, Importing data into
  // tables); here the row below is reached with getCell, which may leave the range.
  it("grows over rows written directly below it", async () => {
    const excel = freshExcel();
    seedTable(excel, "Example", ["Key", "Value"], [["A", 1], ["B", 2]]);
    await excel.run(async (context) => {
      const table = tableOf(context, "Example");
      table.getDataBodyRange().getCell(2, 0).getResizedRange(0, 1).values = [["C", 3]];
      await context.sync();
      table.getDataBodyRange().getRow(1).values = [["D", 4]];
      const body = table.getDataBodyRange().load("rowCount");
      await context.sync();
      expect(body.rowCount).toBe(3);
    });
    expect(excel.workbook.table("Example").body()).toEqual([["A", 1], ["D", 4], ["C", 3]]);
  });

  // Ranges from a table are found afresh at each sync (office.js re-sends the object path), so the body range seen
  // after rows.add includes the new rows.
  it("sees the table's current size at every sync", async () => {
    const excel = freshExcel();
    seedTable(excel, "People", ["Name"], [["Ann"]]);
    await excel.run(async (context) => {
      const table = tableOf(context, "People");
      const body = table.getDataBodyRange().load("rowCount");
      await context.sync();
      expect(body.rowCount).toBe(1);
      table.rows.add(undefined, [["Bob"], ["Cy"]]);
      body.load("rowCount, values");
      await context.sync();
      expect(body.rowCount).toBe(3);
      expect(body.values).toEqual([["Ann"], ["Bob"], ["Cy"]]);
    });
  });
});

describe("what added rows carry", () => {
  const ACCOUNTING = '_(* #,##0.00_);_(* (#,##0.00);_(* "-"??_);_(@_)';

  // New table rows take each column's number format and data validation from the row above, as Excel extends a
  // table's formatting to the rows it adds in the grid (the API reference is silent for rows.add); a calculated
  // column's formula fills a new cell given as "" (support: "Use calculated columns in an Excel table").
  it("takes each column's format, validation and calculated formula from the row above", async () => {
    const excel = freshExcel();
    seedTable(excel, "Costs", ["Item", "Cost", "Start", "Double"], [["Licence", 1200, 46_053, "=[@Cost]*2"]]);
    await excel.run(async (context) => {
      const body = tableOf(context, "Costs").getDataBodyRange();
      body.numberFormat = [["@", ACCOUNTING, "yyyy-mm-dd", ACCOUNTING]];
      body.getColumn(1).dataValidation.rule = { decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" } };
      await context.sync();
      tableOf(context, "Costs").rows.add(undefined, [["00042", -1234.5, "2026-02-28", ""]]);
      const text = tableOf(context, "Costs").getDataBodyRange().getRow(1).load("text, values");
      await context.sync();
      expect(text.values).toEqual([["00042", -1234.5, 46_081, -2469]]);
      expect(text.text).toEqual([["00042", " (1,234.50)", "2026-02-28", " (2,469.00)"]]);
    });
    const sheet = excel.workbook.sheet("Sheet1");
    expect(sheet.cell("B3")).toMatchObject({ numberFormat: ACCOUNTING, isFormula: false });
    expect(sheet.dataValidation("B3")?.rule).toEqual({ decimal: { formula1: "=0", operator: "GreaterThanOrEqualTo" } });
    expect(sheet.cell("D3")).toMatchObject({ formula: "=[@Cost]*2", isFormula: true });
  });
});

describe("deleting rows", () => {
  // TableRowCollection.getItemAt: "Gets a row based on its position in the collection" (zero-based); TableRow.delete:
  // "Deletes the row from the table". Rows below move up within the table's columns, the table shrinks by one.
  it("deletes the row at an index; rows below move up", async () => {
    const excel = freshExcel();
    seedTable(excel, "People", ["Name", "Age"], [["Ann", 30], ["Bob", 40], ["Cy", 50]]);
    excel.workbook.sheet("Sheet1").setValuesDirect("A6:C6", [["under A", "under B", "beside"]]);
    await excel.run(async (context) => {
      tableOf(context, "People").rows.getItemAt(1).delete();
      await context.sync();
    });
    expect(excel.workbook.table("People").body()).toEqual([["Ann", 30], ["Cy", 50]]);
    expect(excel.workbook.table("People").address()).toBe("Sheet1!A1:B3");
    expect(excel.workbook.sheet("Sheet1").values("A5:C6")).toEqual([["under A", "under B", ""], ["", "", "beside"]]);
  });

  // "A TableRow object represents the physical location of the table row, but not the data": the same index deletes
  // whatever row is there when the request runs.
  it("deletes whatever row is at the index when the request runs", async () => {
    const excel = freshExcel();
    seedTable(excel, "People", ["Name"], [["Ann"], ["Bob"], ["Cy"]]);
    await excel.run(async (context) => {
      const first = tableOf(context, "People").rows.getItemAt(0);
      first.delete();
      first.delete();
      await context.sync();
    });
    expect(excel.workbook.table("People").body()).toEqual([["Cy"]]);
  });

  // A table keeps one data row (as tables.add over a header row gives one): deleting the only row clears it, keeping
  // its formats. An index past the table fails the request (ItemNotFound; the code Excel uses is not documented).
  it("clears the only row and refuses an index past the table", async () => {
    const excel = freshExcel();
    seedTable(excel, "People", ["Name", "Age"], [["Ann", 30]]);
    await excel.run(async (context) => {
      const rows = tableOf(context, "People").rows;
      rows.getItemAt(1).delete();
      expect((await excelError(context.sync())).code).toBe("ItemNotFound");
      rows.getItemAt(0).delete();
      await context.sync();
    });
    expect(excel.workbook.table("People").body()).toEqual([["", ""]]);
    expect(excel.workbook.table("People").rowCount()).toBe(1);
  });
});
