import { excelError, freshExcel, sheetOf } from "./support";

// Excel.run and context.sync(): https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#run-function
// "sync() ... can be slow under some circumstances, especially for Excel on the web. To optimize performance,
// minimize the number of calls to sync()" (same page): the fake counts round trips so tests can hold code to it.

describe("counting round trips", () => {
  // office.js sends nothing for a sync with no queued command (ClientRequestContext.syncPrivate returns when the
  // request has no actions), so such a sync is not a round trip.
  it("counts syncs that send commands, not empty ones", async () => {
    const excel = freshExcel();
    await excel.run(async (context) => {
      await context.sync();
      sheetOf(context).getRange("A1").load("values");
      await context.sync();
      await context.sync();
    });
    expect(excel.syncCount()).toBe(1);
    excel.resetSyncCount();
    expect(excel.syncCount()).toBe(0);
    expect(excel.requests()).toEqual([]);
  });

  // office.js's Excel.run calls context.sync() after the batch's promise resolves, so commands still queued are sent
  // (one more round trip) and the batch's result is returned.
  it("sends what is still queued when the batch ends, and returns its result", async () => {
    const excel = freshExcel();
    const result = await excel.run(async (context) => {
      sheetOf(context).getRange("A1").values = [["written at the end"]];
      return "done";
    });
    expect(result).toBe("done");
    expect(excel.syncCount()).toBe(1);
    expect(excel.workbook.sheet("Sheet1").cell("A1").value).toBe("written at the end");
  });

  // If the batch rejects, Excel.run rejects with that error and the final sync is skipped (office.js runs it only
  // on the batch's success path).
  it("does not send the queue of a batch that fails", async () => {
    const excel = freshExcel();
    const failure = excel.run(async (context) => {
      sheetOf(context).getRange("A1").values = [["never"]];
      throw new Error("the batch failed");
    });
    await expect(failure).rejects.toThrow("the batch failed");
    expect(excel.syncCount()).toBe(0);
    expect(excel.workbook.sheet("Sheet1").cell("A1").value).toBe("");
  });

  // A failed request still went to Excel: it counts as a round trip, and its queue is gone (office.js swaps in a new
  // request when sync starts).
  it("counts a failed request and forgets its commands", async () => {
    const excel = freshExcel();
    await excel.run(async (context) => {
      context.workbook.worksheets.add("Sheet1");
      expect((await excelError(context.sync())).code).toBe("ItemAlreadyExists");
      await context.sync();
    });
    expect(excel.syncCount()).toBe(1);
    expect(excel.requests()[0]).toMatchObject({ actions: 1, error: "ItemAlreadyExists" });
  });
});

describe("round-trip delay", () => {
  // syncDelayMs makes each round trip wait, as Excel on the web's network round trips do.
  it("waits syncDelayMs per round trip", async () => {
    const excel = freshExcel({ syncDelayMs: 20 });
    const started = performance.now();
    await excel.run(async (context) => {
      sheetOf(context).getRange("A1").load("values");
      await context.sync();
      sheetOf(context).getRange("A1").values = [[1]];
    });
    expect(excel.syncCount()).toBe(2);
    expect(performance.now() - started).toBeGreaterThanOrEqual(38);
  });

  // Between two syncs of one batch the workbook can change (a co-author, a hand edit): the second load sees it.
  it("lets the workbook change between two syncs of one batch", async () => {
    const excel = freshExcel({ syncDelayMs: 1 });
    await excel.run(async (context) => {
      const cell = sheetOf(context).getRange("A1").load("values");
      await context.sync();
      expect(cell.values).toEqual([[""]]);
      excel.workbook.sheet("Sheet1").setCellDirect("A1", "co-author");
      cell.load("values");
      await context.sync();
      expect(cell.values).toEqual([["co-author"]]);
    });
  });
});
