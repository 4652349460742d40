import type { CellValue } from "../../src/workbook/excel-api";
import { freshExcel } from "./support";

// The store lists 5,000 contracts of 47 columns with one load of the table body, and writes many rows in chunks.
// What this costs is measured by `npm run bench` (bench/store.bench.ts), not asserted here: timed tests fail on
// busy machines and pass on fast ones. These tests pin the shape: two round trips, every row arrives intact.

const COLUMNS = 47;

function contractRows(count: number): CellValue[][] {
  return Array.from({ length: count }, (_, r) =>
    Array.from({ length: COLUMNS }, (_, c) => (c % 3 === 0 ? `C-${r} note ${c} with a few words` : c % 3 === 1 ? r * 1.5 + c : "Active")),
  );
}

function seeded(rows: number) {
  const excel = freshExcel({ sheets: ["Value Contracts"] });
  const header = Array.from({ length: COLUMNS }, (_, c) => `Header ${c}`);
  excel.workbook.sheet("Value Contracts").setValuesDirect(`A1:AU${rows + 1}`, [header, ...contractRows(rows)]);
  excel.workbook.addTableDirect(`'Value Contracts'!A1:AU${rows + 1}`, "ValueContracts");
  return excel;
}

async function listAll(rows: number): Promise<void> {
  const excel = seeded(rows);
  await excel.run(async (context) => {
    const table = context.workbook.tables.getItemOrNullObject("ValueContracts");
    await context.sync();
    const body = table.getDataBodyRange().load("values");
    table.getHeaderRowRange().load("values, rowIndex");
    await context.sync();
    expect(body.values).toHaveLength(rows);
    expect(body.values[rows - 1]?.[0]).toBe(`C-${rows - 1} note 0 with a few words`);
  });
  expect(excel.syncCount()).toBe(2);
}

describe("large tables", () => {
  it("loads a 5,000 x 47 table body in two round trips", async () => {
    await listAll(5000);
  });

  it("takes 5,000 rows through rows.add in chunks of 1,000, in order", async () => {
    const excel = seeded(1);
    const rows = contractRows(5000);
    await excel.run(async (context) => {
      const table = context.workbook.tables.getItemOrNullObject("ValueContracts");
      for (let first = 0; first < rows.length; first += 1000) {
        table.rows.add(undefined, rows.slice(first, first + 1000));
        await context.sync();
      }
    });
    const table = excel.workbook.table("ValueContracts");
    expect(table.rowCount()).toBe(5001);
    expect(table.body()[5000]?.[0]).toBe("C-4999 note 0 with a few words");
  });
});
