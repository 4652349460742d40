import { excelError, freshExcel, seedTable } from "./support";

// Excel.TableRowCollection and Table.resize: https://learn.microsoft.com/javascript/api/excel/excel.tablerowcollection,
// https://learn.microsoft.com/javascript/api/excel/excel.table#excel-excel-table-resize-member(1)

describe("rows", () => {
  // TableRowCollection.add(index, values): "If null or -1, the addition happens at the end. Any rows below the
  // inserted row are shifted downwards." Several rows go as one 2-D array (ExcelApi 1.4).
  it("appends and inserts whole rows, moving the cells below within the table's columns", async () => {
    const excel = freshExcel();
    seedTable(excel, "People", ["Name", "Age"], [["Ann", 30], ["Bob", 40]]);
    const sheet = excel.workbook.sheet("Sheet1");
    sheet.setValuesDirect("A6:C6", [["under A", "under B", "beside"]]);
    await excel.run(async (context) => {
      const rows = context.workbook.tables.getItem("People").rows;
      rows.add(undefined, [["Cy", 50], ["Di", 60]]);
      rows.add(1, [["Ed", 70]]);
      rows.load("count");
      await context.sync();
      expect(rows.count).toBe(5);
    });
    expect(excel.workbook.table("People").body()).toEqual([["Ann", 30], ["Ed", 70], ["Bob", 40], ["Cy", 50], ["Di", 60]]);
    expect(sheet.values("A9:C9")).toEqual([["under A", "under B", ""]]);
    expect(sheet.values("C6")).toEqual([["beside"]]);
  });

  // The added rows' values must have one value per column; they are parsed like Range.values.
  it("refuses rows of the wrong width and parses the values it adds", async () => {
    const excel = freshExcel();
    seedTable(excel, "People", ["Name", "Age"], [["Ann", 30]]);
    await excel.run(async (context) => {
      const rows = context.workbook.tables.getItem("People").rows;
      rows.add(undefined, [["Bob"]]);
      expect((await excelError(context.sync())).code).toBe("InvalidArgument");
      rows.add(undefined, [["=1+1", "41"]]);
      await context.sync();
    });
    expect(excel.workbook.table("People").body()).toEqual([["Ann", 30], [2, 41]]);
  });

  // Inserting rows shifts cells down in the table's columns; a table below that only partly shares those columns
  // would be cut, which Excel refuses ("The insert or delete operation attempted resulted in a conflict.").
  it("refuses to insert rows that would split another table, and indexes past the end", async () => {
    const excel = freshExcel();
    seedTable(excel, "People", ["Name", "Age"], [["Ann", 30]]);
    excel.workbook.sheet("Sheet1").setValuesDirect("B5:C6", [["X", "Y"], [1, 2]]);
    excel.workbook.addTableDirect("Sheet1!B5:C6", "Other");
    await excel.run(async (context) => {
      const rows = context.workbook.tables.getItem("People").rows;
      rows.add(undefined, [["Bob", 40]]);
      expect((await excelError(context.sync())).code).toBe("InsertDeleteConflict");
      rows.add(5, [["Bob", 40]]);
      expect((await excelError(context.sync())).code).toBe("InvalidArgument");
    });
    expect(excel.workbook.table("People").rowCount()).toBe(1);
  });

  // alwaysInsert: "If false, the new rows will be added below the table" (over the cells there, nothing shifts).
  it("writes over the cells below when alwaysInsert is false", async () => {
    const excel = freshExcel();
    // Typed before the table exists: typing right under a table would make it grow (see below).
    excel.workbook.sheet("Sheet1").setValuesDirect("A3:A4", [["old"], ["kept"]]);
    seedTable(excel, "People", ["Name"], [["Ann"]]);
    await excel.run(async (context) => {
      context.workbook.tables.getItem("People").rows.add(undefined, [["Bob"]], false);
      await context.sync();
    });
    expect(excel.workbook.sheet("Sheet1").values("A1:A4")).toEqual([["Name"], ["Ann"], ["Bob"], ["kept"]]);
  });

  // A column whose data cells all share a formula is a calculated column: Excel fills it into new rows.
  // (Support: "Use calculated columns in an Excel table".)
  it("fills calculated columns into added rows", async () => {
    const excel = freshExcel();
    seedTable(excel, "Costs", ["A", "B", "Total"], [[1, 2, "=[@A]+[@B]"], [3, 4, "=[@A]+[@B]"]]);
    await excel.run(async (context) => {
      context.workbook.tables.getItem("Costs").rows.add(undefined, [[10, 20, ""]]);
      await context.sync();
    });
    expect(excel.workbook.table("Costs").body()).toEqual([[1, 2, 3], [3, 4, 7], [10, 20, 30]]);
  });

  // "write the data into a range object via table.getDataBodyRange(), and the table will expand automatically":
  // table.getDataBodyRange().getRowsBelow(1).values = [["C", 3]] (Excel performance article, Importing data into tables).
  it("grows over rows written directly below it", async () => {
    const excel = freshExcel();
    seedTable(excel, "Example", ["Key", "Value"], [["A", 1], ["B", 2]]);
    await excel.run(async (context) => {
      const table = context.workbook.tables.getItem("Example");
      table.getDataBodyRange().getOffsetRange(2, 0).getResizedRange(-1, 0).values = [["C", 3]];
      await context.sync();
      table.getDataBodyRange().getRow(1).values = [["D", 4]];
      const rows = table.rows.load("count");
      await context.sync();
      expect(rows.count).toBe(3);
    });
    expect(excel.workbook.table("Example").body()).toEqual([["A", 1], ["D", 4], ["C", 3]]);
  });

  // Ranges from a table are found afresh at each sync (office.js re-sends the object path), so the body range seen
  // after rows.add includes the new rows.
  it("sees the table's current size at every sync", async () => {
    const excel = freshExcel();
    seedTable(excel, "People", ["Name"], [["Ann"]]);
    await excel.run(async (context) => {
      const table = context.workbook.tables.getItem("People");
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

describe("resize", () => {
  // Table.resize (ExcelApi 1.13): "The new range must overlap with the original table range and the headers (or the
  // top of the table) must be in the same row."
  it("grows and shrinks a table keeping its header row, and refuses other shapes", async () => {
    const excel = freshExcel();
    seedTable(excel, "People", ["Name", "Age"], [["Ann", 30]]);
    excel.workbook.sheet("Sheet1").setValuesDirect("C1:C3", [["City"], ["Oslo"], ["x"]]);
    await excel.run(async (context) => {
      const table = context.workbook.tables.getItem("People");
      table.resize("A1:C3");
      const columns = table.columns.load("items/name");
      await context.sync();
      expect(columns.items.map((column) => column.name)).toEqual(["Name", "Age", "City"]);
      for (const bad of ["A2:C3", "E1:F3", "A1:C1", "Other!A1:C3"]) {
        table.resize(bad);
        expect(["InvalidArgument", "ItemNotFound"]).toContain((await excelError(context.sync())).code);
      }
      table.resize(context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2"));
      await context.sync();
    });
    expect(excel.workbook.table("People").address()).toBe("Sheet1!A1:B2");
    expect(excel.workbook.sheet("Sheet1").cell("C2").value).toBe("Oslo");
  });
});
