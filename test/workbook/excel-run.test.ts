// EXCEL_API_VERSION (src/workbook/excel-run.ts) is the highest ExcelApi set among the store's Excel calls; its
// comment lists each call and its set. The ExcelContext subset (excel-api.ts) also declares two members that need
// more than that and that the store does not call today: Table.resize (ExcelApi 1.13) and rows.add's third
// argument, alwaysInsert (ExcelApi 1.15), both per learn.microsoft.com/javascript/api/excel. This test fails when
// the store starts calling either, so that the constant, manifest.xml and the pane's check are raised with it.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { EXCEL_API_VERSION } from "../../src/workbook/excel-run";

const workbook = path.resolve(__dirname, "../../src/workbook");

/** The store's sources: src/workbook/*.ts without the subset's declaration (memory-excel/ is a folder, skipped). */
const storeSources = readdirSync(workbook)
  .filter((name) => name.endsWith(".ts") && name !== "excel-api.ts")
  .map((name) => ({ name, text: readFileSync(path.join(workbook, name), "utf8") }));

/** How many arguments each `.rows.add(...)` call in `text` passes (commas at the call's own bracket depth, plus one). */
function rowsAddArgumentCounts(text: string): number[] {
  const counts: number[] = [];
  for (const match of text.matchAll(/\.rows\.add\(/g)) {
    let depth = 0;
    let commas = 0;
    let empty = true;
    for (const char of text.slice((match.index ?? 0) + match[0].length)) {
      if (depth === 0 && char === ")") break;
      if ("([{".includes(char)) depth += 1;
      else if (")]}".includes(char)) depth -= 1;
      else if (depth === 0 && char === ",") commas += 1;
      if (!/\s/.test(char)) empty = false;
    }
    counts.push(empty ? 0 : commas + 1);
  }
  return counts;
}

test(`the store calls no Excel member above ExcelApi ${EXCEL_API_VERSION}`, () => {
  expect(storeSources.length).toBeGreaterThan(10);
  const above: string[] = [];
  for (const { name, text } of storeSources) {
    if (/\.resize\(/.test(text)) above.push(`${name}: Table.resize (ExcelApi 1.13)`);
    if (rowsAddArgumentCounts(text).some((count) => count > 2)) above.push(`${name}: rows.add with alwaysInsert (ExcelApi 1.15)`);
  }
  expect(above).toEqual([]);
});

test("the check counts rows.add's arguments, nested calls included", () => {
  expect(rowsAddArgumentCounts("table.rows.add(undefined, appended);")).toEqual([2]);
  expect(rowsAddArgumentCounts("t.rows.add(undefined, rows.map((r) => [r, 1]), true); t.rows.add()")).toEqual([3, 0]);
});
