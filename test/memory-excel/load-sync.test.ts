import { MemoryExcelError } from "../../src/memory-excel";
import { excelError, freshExcel, seedTable, sheetOf, tableOf, thrownError } from "./support";

// Proxy objects, load() and sync(): https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model

describe("reading properties", () => {
  // "Before you can read the properties of a proxy object, you must explicitly load the properties ... and then call
  // context.sync()" (application-specific-api-model#load). The message is office.js's PropertyNotLoaded string.
  it("throws PropertyNotLoaded, with Excel's message, for a property never loaded", async () => {
    const excel = freshExcel();
    await excel.run(async (context) => {
      const range = sheetOf(context).getRange("A1");
      const error = thrownError(() => range.values);
      expect(error.code).toBe("PropertyNotLoaded");
      expect(error.message).toBe(
        "The property 'values' is not available. Before reading the property's value, call the load method on the " +
          'containing object and call "context.sync()" on the associated request context.',
      );
      expect(error.debugInfo.errorLocation).toBe("Range.values");
    });
  });

  // load() only queues a request; the value arrives with sync() (application-specific-api-model#load).
  it("throws PropertyNotLoaded after load() until sync()", async () => {
    const excel = freshExcel();
    await excel.run(async (context) => {
      const range = sheetOf(context).getRange("A1").load("values");
      expect(thrownError(() => range.values).code).toBe("PropertyNotLoaded");
      await context.sync();
      expect(range.values).toEqual([[""]]);
    });
  });

  // Range.load(propertyNames): "A comma-delimited string or an array of strings".
  it("accepts a comma-separated string or an array", async () => {
    const excel = freshExcel();
    excel.workbook.sheet("Sheet1").setValuesDirect("A1:B2", [[1, 2], [3, 4]]);
    await excel.run(async (context) => {
      const sheet = sheetOf(context);
      const byString = sheet.getRange("A1:B2").load("values, rowCount");
      const byArray = sheet.getRange("A1:B2").load(["values"]);
      await context.sync();
      expect(byString.values).toEqual([[1, 2], [3, 4]]);
      expect(byString.rowCount).toBe(2);
      expect(thrownError(() => byString.numberFormat).code).toBe("PropertyNotLoaded");
      expect(byArray.values).toEqual([[1, 2], [3, 4]]);
    });
  });

  // An unknown property is refused rather than silently ignored (the fake fails at sync, as Excel does for a
  // property it does not have).
  it("rejects the sync when asked to load an unknown property", async () => {
    const excel = freshExcel();
    await excel.run(async (context) => {
      sheetOf(context).getRange("A1").load("valeus");
      const error = await excelError(context.sync());
      expect(error.code).toBe("InvalidArgument");
    });
  });

  // The in-memory Excel loads only what the store reads (README: "Where it differs from Excel"): a property Excel
  // has but the store never loads fails the same way, so a store change that starts reading one is caught in tests.
  it("rejects the sync when asked to load a property the store does not read", async () => {
    const excel = freshExcel();
    seedTable(excel, "People", ["Name"], [["Ann"]]);
    await excel.run(async (context) => {
      sheetOf(context).getRange("A1").load("address");
      expect((await excelError(context.sync())).debugInfo.detail).toContain('"address" is not a property of Range');
      tableOf(context, "People").load("name");
      expect((await excelError(context.sync())).code).toBe("InvalidArgument");
    });
  });
});

describe("queued commands", () => {
  // "Any methods that you invoke or properties that you set or load on proxy objects are simply added to a queue of
  // pending commands. When you call the sync() method ... the queued commands are dispatched ... and run"
  // (application-specific-api-model#proxy-objects).
  it("changes nothing until sync(), then applies the commands in order", async () => {
    const excel = freshExcel();
    await excel.run(async (context) => {
      const cell = sheetOf(context).getRange("A1");
      cell.values = [[1]];
      const first = sheetOf(context).getRange("A1").load("values");
      cell.values = [[2]];
      const second = sheetOf(context).getRange("A1").load("values");
      expect(excel.workbook.sheet("Sheet1").cell("A1").value).toBe("");
      await context.sync();
      expect(first.values).toEqual([[1]]);
      expect(second.values).toEqual([[2]]);
      expect(excel.workbook.sheet("Sheet1").cell("A1").value).toBe(2);
    });
  });

  // office.js's Range.values setter keeps the assigned array on the proxy (excel-web-16.00.debug.js:
  // `this.m_values = value`), so reading it back before a new load gives what was assigned, not what Excel made
  // of it: a formula reads back as its text until it is loaded.
  it("reads back an assigned value as assigned until it is loaded again", async () => {
    const excel = freshExcel();
    await excel.run(async (context) => {
      const cell = sheetOf(context).getRange("A1");
      cell.values = [["=1+1"]];
      expect(cell.values).toEqual([["=1+1"]]);
      await context.sync();
      expect(cell.values).toEqual([["=1+1"]]);
      cell.load("values");
      await context.sync();
      expect(cell.values).toEqual([[2]]);
    });
  });

  // A request runs its commands in order and stops at the first failure: the ones before it are done (there is no
  // rollback), the ones after are not, and no loaded value is delivered (the whole response is an error).
  // ("How long can you keep going? And what happens on errors?", http://buildingofficeaddins.com/proxy-objects/)
  it("stops a request at the first failing command", async () => {
    const excel = freshExcel();
    await excel.run(async (context) => {
      const sheet = sheetOf(context);
      sheet.getRange("A1").values = [["before"]];
      const loaded = sheet.getRange("A1").load("values");
      tableOf(context, "Missing").getDataBodyRange().values = [["x"]];
      sheet.getRange("A2").values = [["after"]];
      expect((await excelError(context.sync())).code).toBe("ItemNotFound");
      expect(thrownError(() => loaded.values).code).toBe("PropertyNotLoaded");
    });
    expect(excel.workbook.sheet("Sheet1").values("A1:A2")).toEqual([["before"], [""]]);
  });
});

describe("missing items and null objects", () => {
  // A command on an item that does not exist fails the sync with ItemNotFound ("The requested resource doesn't
  // exist.", the error table: https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
  it("rejects the sync with ItemNotFound for a command on a missing table or sheet", async () => {
    const excel = freshExcel();
    await excel.run(async (context) => {
      tableOf(context, "ValueContracts").getDataBodyRange().load("values");
      const table = await excelError(context.sync());
      expect(table.code).toBe("ItemNotFound");
      expect(table.message).toBe("The requested resource doesn't exist.");
      expect(table.name).toBe("RichApi.Error");
      expect(table).toBeInstanceOf(Error);
      sheetOf(context, "Value Contracts").getRange("A1").load("values");
      expect((await excelError(context.sync())).code).toBe("ItemNotFound");
    });
  });

  // Names of sheets and tables are matched without case, as in Excel.
  it("finds sheets and tables whatever the case of the name", async () => {
    const excel = freshExcel({ sheets: ["Value Contracts"] });
    excel.workbook.addTableDirect("'Value Contracts'!A1:B2", "ValueContracts");
    await excel.run(async (context) => {
      const sheet = sheetOf(context, "VALUE contracts").load("name");
      const table = tableOf(context, "valuecontracts").load("isNullObject");
      await context.sync();
      expect(sheet.name).toBe("Value Contracts");
      expect(table.isNullObject).toBe(false);
    });
  });

  // "Office automatically loads this property when context.sync is called, so you do not need to explicitly load it";
  // "You must call context.sync() before reading the isNullObject property" (OfficeExtension.ClientObject reference).
  it("gives isNullObject after sync, without load", async () => {
    const excel = freshExcel();
    seedTable(excel, "People", ["Name"], [["Ann"]]);
    await excel.run(async (context) => {
      const missing = context.workbook.tables.getItemOrNullObject("Nobody");
      const found = context.workbook.tables.getItemOrNullObject("people");
      const sheet = context.workbook.worksheets.getItemOrNullObject("Data").load("isNullObject");
      expect(thrownError(() => missing.isNullObject).code).toBe("PropertyNotLoaded");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(found.isNullObject).toBe(false);
      expect(sheet.isNullObject).toBe(true);
    });
  });

  // A null object stands for nothing: a command on it (or on an object derived from it) fails like a missing item.
  // office.js returns undefined for a null object's properties; the fake throws NullObjectProperty instead so that
  // code reading them without checking isNullObject fails in tests (a documented deviation).
  it("fails when a null object's members are used", async () => {
    const excel = freshExcel();
    await excel.run(async (context) => {
      const table = context.workbook.tables.getItemOrNullObject("Nobody").load("isNullObject");
      await context.sync();
      expect(table.isNullObject).toBe(true);
      const error = thrownError(() => table.name);
      expect(error.code).toBe("NullObjectProperty");
      table.getDataBodyRange().load("values");
      expect((await excelError(context.sync())).code).toBe("ItemNotFound");
      table.columns.add(undefined, undefined, "Extra");
      expect((await excelError(context.sync())).code).toBe("ItemNotFound");
    });
  });
});

describe("request contexts", () => {
  // Objects of a finished Excel.run are released ("any objects that were allocated at runtime are automatically
  // released", application-specific-api-model#run-function); using one fails.
  it("refuses commands on objects of a finished batch", async () => {
    const excel = freshExcel();
    const range = await excel.run(async (context) => sheetOf(context).getRange("A1"));
    const error = thrownError(() => {
      range.values = [[1]];
    });
    expect(error).toBeInstanceOf(MemoryExcelError);
    expect(error.code).toBe("InvalidObjectPath");
  });
});
