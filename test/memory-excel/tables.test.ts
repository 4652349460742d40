import { TableColumnCollectionProxy, TableColumnProxy } from "../../src/memory-excel/proxy-table-columns";
import { concrete, excelError, freshExcel, seedTable } from "./support";

// Excel.Table and Excel.TableCollection: https://learn.microsoft.com/javascript/api/excel/excel.table,
// https://learn.microsoft.com/javascript/api/excel/excel.tablecollection

describe("creating tables", () => {
  // A table always has a data row: one made from a header-only range gets one empty data row.
  // TableCollection.add names new tables Table1, Table2, ...
  it("gives a header-only table one empty data row and a default name", async () => {
    const excel = freshExcel({ sheets: ["Value Contracts"] });
    await excel.run(async (context) => {
      const table = context.workbook.tables.add("'Value Contracts'!A1:C1", true).load("name");
      table.getHeaderRowRange().values = [["Contract ID", "Title", "Baseline"]];
      const whole = table.getRange().load("address");
      const body = table.getDataBodyRange().load("address, values");
      const rows = table.rows.load("count");
      await context.sync();
      expect(table.name).toBe("Table1");
      expect(whole.address).toBe("'Value Contracts'!A1:C2");
      expect(body.address).toBe("'Value Contracts'!A2:C2");
      expect(body.values).toEqual([["", "", ""]]);
      expect(rows.count).toBe(1);
    });
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

  // TableCollection.add hasHeaders: "If the source does not contain headers (i.e., when this property set to false),
  // Excel will automatically generate a header and shift the data down by one row."
  it("generates a header and shifts the data down when hasHeaders is false", async () => {
    const excel = freshExcel();
    excel.workbook.sheet("Sheet1").setValuesDirect("A1:B2", [["Ann", 30], ["Bob", 40]]);
    await excel.run(async (context) => {
      const table = context.workbook.tables.add("Sheet1!A1:B2", false);
      const all = table.getRange().load("address, values");
      await context.sync();
      expect(all.address).toBe("Sheet1!A1:B3");
      expect(all.values).toEqual([["Column1", "Column2"], ["Ann", 30], ["Bob", 40]]);
    });
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

  // TableCollection.add(address: Range | string, hasHeaders): a Range works as well as an address.
  it("creates a table over a Range object", async () => {
    const excel = freshExcel();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("C3:D3");
      const table = context.workbook.tables.add(range, true);
      const whole = table.getRange().load("address");
      await context.sync();
      expect(whole.address).toBe("Sheet1!C3:D4");
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
        context.workbook.tables.getItem(excel.workbook.tableNames()[0] ?? "").name = good;
        await context.sync();
      });
      expect(excel.workbook.tableNames()).toEqual([good]);
    }
    for (const bad of ["Value Contracts", "2024Data", "R", "c", "A1", "May2019", "R1C1", "", "x".repeat(256), "a-b"]) {
      await excel.run(async (context) => {
        context.workbook.tables.getItem("Tbl_1").name = bad;
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
      const table = context.workbook.tables.getItem("People");
      table.getHeaderRowRange().values = [["Owner", "", "owner"]];
      const columns = table.columns.load("items/name");
      const header = table.getHeaderRowRange().load("values");
      await context.sync();
      expect(columns.items.map((column) => column.name)).toEqual(["Owner", "Column2", "owner2"]);
      expect(header.values).toEqual([["Owner", "Column2", "owner2"]]);
    });
  });

  // Header cells hold text: a number written there reads back as text.
  it("stores a number written to a header as text", async () => {
    const excel = freshExcel();
    seedTable(excel, "Years", ["Name", "Total"], [["a", 1]]);
    await excel.run(async (context) => {
      context.workbook.tables.getItem("Years").getHeaderRowRange().getCell(0, 1).values = [[2025]];
      await context.sync();
    });
    expect(excel.workbook.table("Years").headers()).toEqual(["Name", "2025"]);
  });
});

describe("columns", () => {
  // TableColumnCollection: items, count, getItemOrNullObject(key) by "Column name or ID" (a number is an ID).
  it("lists columns and finds them by name or id", async () => {
    const excel = freshExcel();
    seedTable(excel, "People", ["Name", "Age"], [["Ann", 30], ["Bob", 40]]);
    await excel.run(async (context) => {
      const columns = context.workbook.tables.getItem("People").columns;
      columns.load("count, items/name, items/index, items/id");
      const age = columns.getItemOrNullObject("AGE").load("name, index, values");
      const byId = columns.getItemOrNullObject(1).load("name");
      const missing = columns.getItemOrNullObject("Height");
      const ages = age.getDataBodyRange().load("values");
      await context.sync();
      expect(columns.count).toBe(2);
      const ids = columns.items.map((column) => concrete(column, TableColumnProxy).id);
      expect(columns.items.map((column) => [column.name, column.index])).toEqual([["Name", 0], ["Age", 1]]);
      expect(ids).toEqual([1, 2]);
      expect([age.name, age.index]).toEqual(["Age", 1]);
      expect(concrete(age, TableColumnProxy).values).toEqual([["Age"], [30], [40]]);
      expect(byId.name).toBe("Name");
      expect(missing.isNullObject).toBe(true);
      expect(ages.values).toEqual([[30], [40]]);
    });
  });

  // TableColumn.name is writable (Excel.TableColumn reference); renaming writes the header cell, with its naming rules.
  it("renames a column through its name", async () => {
    const excel = freshExcel();
    seedTable(excel, "People", ["Name", "Age"], [["Ann", 30]]);
    await excel.run(async (context) => {
      const columns = context.workbook.tables.getItem("People").columns;
      const age = columns.getItemOrNullObject("Age");
      Object.assign(age, { name: "Years" });
      await context.sync();
      Object.assign(age, { name: "name" });
      age.load("name");
      await context.sync();
      expect(age.name).toBe("name2");
      concrete(columns, TableColumnCollectionProxy).getItem("Height").load("name");
      expect((await excelError(context.sync())).code).toBe("ItemNotFound");
    });
    expect(excel.workbook.table("People").headers()).toEqual(["Name", "name2"]);
  });

  // TableColumnCollection.add(index, values, name): "If null or -1, the addition happens at the end. Columns with a
  // higher index will be shifted to the side"; values cover the header and the data rows (the tables article's
  // sample passes ["Day of the Week"], ["Saturday"], ...); name names the column.
  it("adds columns at the end or in the middle, shifting cells to the right", async () => {
    const excel = freshExcel();
    seedTable(excel, "People", ["Name", "Age"], [["Ann", 30], ["Bob", 40]]);
    excel.workbook.sheet("Sheet1").setCellDirect("C5", "below the table");
    await excel.run(async (context) => {
      const columns = context.workbook.tables.getItem("People").columns;
      const notes = columns.add(undefined, undefined, "Notes").load("name, index");
      const city = columns.add(1, [["City"], ["Oslo"], ["Rome"]]).load("name, index");
      await context.sync();
      expect([notes.name, city.name, city.index]).toEqual(["Notes", "City", 1]);
      notes.load("index");
      await context.sync();
      expect(notes.index).toBe(3);
    });
    const table = excel.workbook.table("People");
    expect(table.headers()).toEqual(["Name", "City", "Age", "Notes"]);
    expect(table.body()).toEqual([["Ann", "Oslo", 30, ""], ["Bob", "Rome", 40, ""]]);
    expect(table.address()).toBe("Sheet1!A1:D3");
    expect(excel.workbook.sheet("Sheet1").cell("C5").value).toBe("below the table");
  });

  // The column's values must cover the header and every data row (InvalidArgument otherwise).
  it("refuses column values of the wrong length", async () => {
    const excel = freshExcel();
    seedTable(excel, "People", ["Name"], [["Ann"], ["Bob"]]);
    await excel.run(async (context) => {
      context.workbook.tables.getItem("People").columns.add(undefined, [["Age"], [30]]);
      expect((await excelError(context.sync())).code).toBe("InvalidArgument");
    });
  });
});
