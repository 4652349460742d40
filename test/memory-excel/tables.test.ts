import { excelError, freshExcel, seedTable, tableOf } from "./support";

// Excel.Table and Excel.TableCollection: https://learn.microsoft.com/javascript/api/excel/excel.table,
// https://learn.microsoft.com/javascript/api/excel/excel.tablecollection

describe("creating tables", () => {
  // A table always has a data row: one made from a header-only range gets one empty data row.
  // TableCollection.add names new tables Table1, Table2, ...
  it("gives a header-only table one empty data row and a default name", async () => {
    const excel = freshExcel({ sheets: ["Value Contracts"] });
    await excel.run(async (context) => {
      const table = context.workbook.tables.add("'Value Contracts'!A1:C1", true);
      table.getHeaderRowRange().values = [["Contract ID", "Title", "Baseline"]];
      const body = table.getDataBodyRange().load("values, rowIndex, rowCount");
      await context.sync();
      expect(body.rowIndex).toBe(1);
      expect(body.values).toEqual([["", "", ""]]);
      expect(body.rowCount).toBe(1);
    });
    expect(excel.workbook.tableNames()).toEqual(["Table1"]);
    expect(excel.workbook.table("Table1").address()).toBe("'Value Contracts'!A1:C2");
    expect(excel.workbook.table("Table1").headers()).toEqual(["Contract ID", "Title", "Baseline"]);
  });

  // Performance article: fill a range, then "call worksheet.tables.add() to create a table over the range";
  // the first row becomes the header.
  it("turns a filled range into a table whose first row is the header", async () => {
    const excel = freshExcel();
    excel.workbook.sheet("Sheet1").setValuesDirect("A1:B3", [["Key", "Value"], ["A", 1], ["B", 2]]);
    await excel.run(async (context) => {
      const table = context.workbook.tables.add("A1:B3", true);
      table.name = "Example";
      const body = table.getDataBodyRange().load("values");
      await context.sync();
      expect(body.values).toEqual([["A", 1], ["B", 2]]);
    });
    expect(excel.workbook.tableNames()).toEqual(["Example"]);
  });

  // "A table can't overlap with another table" (MergedRangeConflict in the error table; older Excel builds reported
  // it as InvalidArgument, OfficeDev/office-js#1199).
  it("refuses a table over another table", async () => {
    const excel = freshExcel();
    seedTable(excel, "People", ["Name", "Age"], [["Ann", 30]]);
    await excel.run(async (context) => {
      context.workbook.tables.add("B2:D4", true);
      expect((await excelError(context.sync())).code).toBe("MergedRangeConflict");
    });
  });

});

describe("table names", () => {
  // Table.name: "must follow the guidelines specified in the Rename an Excel table article": start with a letter,
  // underscore or backslash; letters, numbers, periods, underscores; no spaces; not C, c, R, r; not a cell reference.
  // (https://support.microsoft.com/office/fbf49a4f-82a3-43eb-8ba2-44d21233b114)
  it("accepts Excel's valid names and refuses the others with InvalidArgument", async () => {
    const excel = freshExcel();
    seedTable(excel, "People", ["Name"], [["Ann"]]);
    for (const good of ["ValueContracts", "_t", "\\t", "Value.Contracts2", "Tbl_1"]) {
      await excel.run(async (context) => {
        tableOf(context, excel.workbook.tableNames()[0] ?? "").name = good;
        await context.sync();
      });
      expect(excel.workbook.tableNames()).toEqual([good]);
    }
    for (const bad of ["Value Contracts", "2024Data", "R", "c", "A1", "May2019", "R1C1", "", "x".repeat(256), "a-b"]) {
      await excel.run(async (context) => {
        tableOf(context, "Tbl_1").name = bad;
        expect((await excelError(context.sync())).code).toBe("InvalidArgument");
      });
    }
  });

  // Names are unique across the workbook, compared without case ("Duplicate names aren't allowed. Excel doesn't
  // distinguish between upper- and lowercase characters in names"); a duplicate is InvalidArgument
  // (OfficeDev/office-js#551), also when the tables are on different sheets.
  it("refuses a name another table has, whatever its sheet or case", async () => {
    const excel = freshExcel({ sheets: ["One", "Two"] });
    excel.workbook.addTableDirect("One!A1:B2", "ValueContracts");
    await excel.run(async (context) => {
      context.workbook.tables.add("Two!A1:B2", true).name = "VALUECONTRACTS";
      const error = await excelError(context.sync());
      expect(error.code).toBe("InvalidArgument");
      expect(error.message).toBe("The argument is invalid or missing or has an incorrect format.");
    });
    expect(excel.workbook.tableNames()).toEqual(["ValueContracts", "Table1"]);
  });
});

describe("header names", () => {
  // Header cells are the column names: writing the header row renames columns. Excel keeps names unique: a blank
  // header becomes "Column<n>" and a duplicate gets a number ("Owner2"). (Support: "Overview of Excel tables".)
  it("renames columns from the header row, numbering blanks and duplicates", async () => {
    const excel = freshExcel();
    seedTable(excel, "People", ["Name", "Age", "Owner"], [["Ann", 30, "x"]]);
    await excel.run(async (context) => {
      const table = tableOf(context, "People");
      table.getHeaderRowRange().values = [["Owner", "", "owner"]];
      const header = table.getHeaderRowRange().load("values");
      await context.sync();
      expect(header.values).toEqual([["Owner", "Column2", "owner2"]]);
    });
    expect(excel.workbook.table("People").headers()).toEqual(["Owner", "Column2", "owner2"]);
  });

  // Header cells hold text: a number written there reads back as text.
  it("stores a number written to a header as text", async () => {
    const excel = freshExcel();
    seedTable(excel, "Years", ["Name", "Total"], [["a", 1]]);
    await excel.run(async (context) => {
      tableOf(context, "Years").getHeaderRowRange().getCell(0, 1).values = [[2025]];
      await context.sync();
    });
    expect(excel.workbook.table("Years").headers()).toEqual(["Name", "2025"]);
  });
});

describe("columns", () => {
  // TableColumnCollection.add(index, values, name): "If null or -1, the addition happens at the end"; name names the
  // column. Repair adds a missing column this way, then writes its data body; cells below the table stay.
  it("adds a named column at the end", async () => {
    const excel = freshExcel();
    seedTable(excel, "People", ["Name", "Age"], [["Ann", 30], ["Bob", 40]]);
    excel.workbook.sheet("Sheet1").setCellDirect("C5", "below the table");
    await excel.run(async (context) => {
      const notes = tableOf(context, "People").columns.add(undefined, undefined, "Notes");
      notes.getDataBodyRange().values = [["first"], ["second"]];
      await context.sync();
    });
    const table = excel.workbook.table("People");
    expect(table.headers()).toEqual(["Name", "Age", "Notes"]);
    expect(table.body()).toEqual([["Ann", 30, "first"], ["Bob", 40, "second"]]);
    expect(table.address()).toBe("Sheet1!A1:C3");
    expect(excel.workbook.sheet("Sheet1").cell("C5").value).toBe("below the table");
  });
});

describe("listing tables", () => {
  // TableCollection.items: "Gets the loaded child items in this collection"; load("items/name") loads each table
  // with its name (office.js's collection load), in the workbook's order. Before the load, items is not available.
  it("loads every table with its name", async () => {
    const excel = freshExcel({ sheets: ["Sheet1", "Other"] });
    seedTable(excel, "People", ["Name"], [["Ann"]]);
    excel.workbook.sheet("Other").setValuesDirect("B2:C3", [["Key", "Value"], ["a", 1]]);
    excel.workbook.addTableDirect("Other!B2:C3", "Lookup");
    await excel.run(async (context) => {
      const tables = context.workbook.tables;
      expect(() => tables.items).toThrow(/The property 'items' is not available/);
      tables.load("items/name");
      await context.sync();
      expect(tables.items.map((table) => table.name)).toEqual(["People", "Lookup"]);
      const body = tables.items[1]?.getDataBodyRange().load("values");
      await context.sync();
      expect(body?.values).toEqual([["a", 1]]);
    });
    expect(excel.syncCount()).toBe(2);
  });

  // How a renamed table is found: the names are those at the time of the load; the items keep pointing at their
  // tables after a later rename (office.js addresses an item by id).
  it("finds a table renamed by a user", async () => {
    const excel = freshExcel();
    seedTable(excel, "ValueContracts", ["Contract ID"], [["VC-1"]]);
    excel.workbook.table("ValueContracts").renameDirect("Contracts2026");
    await excel.run(async (context) => {
      const tables = context.workbook.tables.load("items/name");
      await context.sync();
      const [only] = tables.items;
      expect(only?.name).toBe("Contracts2026");
      excel.workbook.table("Contracts2026").renameDirect("Again");
      const header = only?.getHeaderRowRange().load("values");
      await context.sync();
      expect(header?.values).toEqual([["Contract ID"]]);
      expect(only?.name).toBe("Contracts2026");
    });
  });
});
