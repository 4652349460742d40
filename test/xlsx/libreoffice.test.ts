// A second spreadsheet engine recalculates what writeXlsx wrote. The file carries formulas without cached values and
// fullCalcOnLoad, so LibreOffice (Debian's libreoffice-calc-nogui, ../shared/TOOLCHAIN.md) must compute every
// calculated column itself: the values it saves must be the domain's own figures for each contract.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { createMemoryExcel } from "../../src/memory-excel";
import { createContractStore } from "../../src/workbook/excel-contract-store";
import { writeXlsx } from "../../src/xlsx/write-xlsx";
import { NOW, valueOf } from "../workbook/fixtures";

test("LibreOffice computes the calculated columns of a written workbook as the domain does", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "aivm-lo-"));
  try {
    const excel = createMemoryExcel({ payloadLimitBytes: Infinity });
    const store = createContractStore(excel.run, () => NOW);
    valueOf(await store.insertSampleContracts("2026-06-15"));
    const figures = valueOf(await store.listContracts()).contracts.map((stored) => ({ id: stored.id, figures: stored.figures }));
    writeFileSync(path.join(dir, "in.xlsx"), writeXlsx(excel.model));
    const converted = spawnSync(
      "soffice",
      [`-env:UserInstallation=file://${path.join(dir, "profile")}`, "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", path.join(dir, "out"), path.join(dir, "in.xlsx")],
      { encoding: "utf8", timeout: 120_000 },
    );
    expect(converted.status).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path.join(dir, "out", "in.xlsx"));
    const sheet = book.getWorksheet("Value Contracts");
    const header = sheet?.getRow(1);
    const column = (name: string): number => {
      let found = -1;
      header?.eachCell((cell, n) => {
        if (cell.value === name) found = n;
      });
      return found;
    };
    const computed = figures.map(({ id }, i) => {
      const row = sheet?.getRow(i + 2);
      const result = (name: string): unknown => row?.getCell(column(name)).result;
      return { id: row?.getCell(1).value, lifecycle: result("Lifecycle cost"), planned: result("Planned value"), realised: result("Realised to date") };
    });
    expect(figures).toHaveLength(8);
    expect(computed).toEqual(
      figures.map(({ id, figures: f }) => ({
        id,
        lifecycle: expect.closeTo(f?.lifecycleCost ?? Number.NaN, 6),
        planned: expect.closeTo(f?.plannedValue ?? Number.NaN, 6),
        realised: expect.closeTo(f?.realisedToDate ?? Number.NaN, 6),
      })),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 150_000);
