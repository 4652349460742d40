import type { SyncPoint } from "../../src/memory-excel";
import { excelError, freshExcel, seedTable, sheetOf, tableOf } from "./support";

// An add-in gets no lock on the workbook: between two of its round trips, co-authors and the user's own hand edits
// change it, and each request runs against the workbook as it is then ("When you call the sync() method ... the
// queued commands are dispatched ... and run", https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model).
// The hook and afterSync are how a test puts such an edit between two round trips.

describe("betweenSyncs", () => {
  // Called after every round trip (a sync that sent something, Excel.run's final flush included) with the run's index
  // (from 0 since the hook was set) and the round trip's number in the run (from 1); an empty sync is not one.
  it("reports each round trip of each run", async () => {
    const excel = freshExcel();
    await excel.run(async (context) => {
      sheetOf(context).getRange("A1").values = [["before the hook"]];
    });
    const points: SyncPoint[] = [];
    excel.betweenSyncs((point) => points.push(point));
    await excel.run(async (context) => {
      sheetOf(context).getRange("A1").load("values");
      await context.sync();
      await context.sync();
      sheetOf(context).getRange("A2").values = [["flushed at the end"]];
    });
    await excel.run(async (context) => {
      sheetOf(context).getRange("Z1").load("values");
      await context.sync();
    });
    expect(points).toEqual([
      { run: 0, sync: 1 },
      { run: 0, sync: 2 },
      { run: 1, sync: 1 },
    ]);
    excel.betweenSyncs(null);
    await excel.run(async (context) => {
      sheetOf(context).getRange("A3").values = [["no hook"]];
    });
    expect(points).toHaveLength(3);
  });

  // The race the store must survive: it reads, a co-author deletes a row, and the store's next request writes by the
  // row index it read. The write lands on the row that moved up; the co-author's row is gone.
  it("lets a co-author change rows between a read and a write", async () => {
    const excel = freshExcel();
    seedTable(excel, "People", ["Name", "Age"], [["Ann", 30], ["Bob", 40], ["Cy", 50]]);
    excel.betweenSyncs(({ sync }, workbook) => {
      if (sync === 1) workbook.table("People").deleteRowDirect(0);
    });
    await excel.run(async (context) => {
      const body = tableOf(context, "People").getDataBodyRange().load("values");
      await context.sync();
      const bob = body.values.findIndex((row) => row[0] === "Bob");
      tableOf(context, "People").getDataBodyRange().getCell(bob, 1).values = [[41]];
      await context.sync();
    });
    expect(excel.workbook.table("People").body()).toEqual([["Bob", 40], ["Cy", 41]]);
  });

  // A failed request is a round trip too: the hook runs after it, and the error still reaches the batch.
  it("runs after a failed round trip as well", async () => {
    const excel = freshExcel();
    const points: SyncPoint[] = [];
    excel.betweenSyncs((point) => points.push(point));
    await excel.run(async (context) => {
      context.workbook.worksheets.add("Sheet1");
      expect((await excelError(context.sync())).code).toBe("ItemAlreadyExists");
    });
    expect(points).toEqual([{ run: 0, sync: 1 }]);
  });
});

describe("afterSync", () => {
  // One edit, once, after the n-th round trip of the next run to start; `fired` tells a race test it happened.
  it("edits once after the n-th round trip of the next run", async () => {
    const excel = freshExcel();
    seedTable(excel, "People", ["Name"], [["Ann"], ["Bob"]]);
    const insert = excel.afterSync(2, (workbook) => workbook.table("People").insertRowDirect(0, ["Zoe"]));
    const seen: unknown[][][] = [];
    for (let run = 0; run < 2; run += 1) {
      await excel.run(async (context) => {
        for (let sync = 0; sync < 3; sync += 1) {
          const body = tableOf(context, "People").getDataBodyRange().load("values");
          await context.sync();
          seen.push(body.values);
        }
      });
    }
    expect(insert.fired).toBe(true);
    expect(seen.map((values) => values.length)).toEqual([2, 2, 3, 3, 3, 3]);
    expect(excel.workbook.table("People").body()).toEqual([["Zoe"], ["Ann"], ["Bob"]]);
  });

  // A run with fewer round trips never reaches the edit: it does not carry over to later runs.
  it("does not fire when the run ends first", async () => {
    const excel = freshExcel();
    const edit = excel.afterSync(3, (workbook) => workbook.sheet("Sheet1").setCellDirect("A1", "edited"));
    await excel.run(async (context) => {
      sheetOf(context).getRange("A2").values = [["one round trip"]];
    });
    await excel.run(async (context) => {
      for (let sync = 0; sync < 3; sync += 1) {
        sheetOf(context).getRange("A3").values = [[sync]];
        await context.sync();
      }
    });
    expect(edit.fired).toBe(false);
    expect(excel.workbook.sheet("Sheet1").cell("A1").value).toBe("");
  });
});
