import { createMemoryExcel, type MemoryExcel } from "../../src/memory-excel";
import type { CellValue } from "../../src/workbook/excel-api";
import { wildcardMatch } from "./formula-criteria";
import { calculateFormula } from "./formula-eval";

// SUMIFS and its criteria, INDEX and MATCH, and structured references to another table's column, in the tests'
// calculator, against the examples on the functions' pages in Excel's reference (cited above each test).

function sheetWith(rows: readonly (readonly CellValue[])[]): MemoryExcel {
  const excel = createMemoryExcel({ calculate: calculateFormula });
  const sheet = excel.workbook.sheet("Sheet1");
  rows.forEach((row, at) => row.forEach((value, column) => sheet.setCellDirect(`${String.fromCharCode(65 + column)}${at + 1}`, value)));
  return excel;
}

function valueIn(excel: MemoryExcel, formula: string): CellValue {
  const sheet = excel.workbook.sheet("Sheet1");
  sheet.setCellDirect("Z99", formula);
  return sheet.cell("Z99").value;
}

describe("SUMIFS", () => {
  // The page's sample: Quantity Sold, Product, Salesperson; "=SUMIFS(A2:A9, B2:B9, "=A*", C2:C9, "Tom")" adds the
  // products that begin with A sold by Tom (20); "=SUMIFS(A2:A9, B2:B9, "<>Bananas", C2:C9, "Tom")" those that are not
  // bananas (30) (https://support.microsoft.com/office/c9e748f5-7ea7-455d-9406-611cebce642b).
  const sales = sheetWith([
    ["Quantity Sold", "Product", "Salesperson"],
    [5, "Apples", "Tom"],
    [4, "Apples", "Sarah"],
    [15, "Artichokes", "Tom"],
    [3, "Artichokes", "Sarah"],
    [22, "Bananas", "Tom"],
    [12, "Bananas", "Sarah"],
    [10, "Carrots", "Tom"],
    [33, "Carrots", "Sarah"],
  ]);

  it("sums the cells whose rows meet every criterion", () => {
    expect(valueIn(sales, '=SUMIFS(A2:A9, B2:B9, "=A*", C2:C9, "Tom")')).toBe(20);
    expect(valueIn(sales, '=SUMIFS(A2:A9, B2:B9, "<>Bananas", C2:C9, "Tom")')).toBe(30);
    expect(valueIn(sales, '=SUMIFS(A2:A9, C2:C9, "tom")')).toBe(52);
    expect(valueIn(sales, '=SUMIFS(A2:A9, B2:B9, "Apples", C2:C9, "Ann")')).toBe(0);
  });

  // "Each criteria_range does not have to be the same size and shape as" is SUMIF's freedom, not SUMIFS's: the
  // ranges must have the same rows and columns, else #VALUE!.
  it("needs ranges of one size", () => {
    expect(valueIn(sales, '=SUMIFS(A2:A9, B2:B8, "Apples")')).toBe("#VALUE!");
    expect(valueIn(sales, '=SUMIFS(5, B2:B9, "Apples")')).toBe("#VALUE!");
  });

  // COUNTIF's example data, Apples 32, Oranges 54, Peaches 75, Apples 86: "apples" matches twice, ">55" two numbers,
  // "<>"&B4 all but 75, and "?????es" the two seven-letter names ending in "es"
  // (https://support.microsoft.com/office/e0de10c6-f885-4e71-abb4-1f464816df34); here as sums of B.
  const fruit = sheetWith([["Fruit", "Count"], ["Apples", 32], ["Oranges", 54], ["Peaches", 75], ["Apples", 86]]);

  it("reads operators, numbers and wildcards in criteria", () => {
    expect(valueIn(fruit, '=SUMIFS(B2:B5, A2:A5, "apples")')).toBe(118);
    expect(valueIn(fruit, '=SUMIFS(B2:B5, B2:B5, ">55")')).toBe(161);
    expect(valueIn(fruit, '=SUMIFS(B2:B5, B2:B5, "<>"&B4)')).toBe(172);
    expect(valueIn(fruit, '=SUMIFS(B2:B5, A2:A5, "?????es")')).toBe(129);
    expect(valueIn(fruit, '=SUMIFS(B2:B5, A2:A5, "*")')).toBe(247);
    // "criteria can be expressed as 32, "32", ">32", "apples", or B4" (the VBA reference, WorksheetFunction.SumIfs).
    expect(valueIn(fruit, "=SUMIFS(B2:B5, B2:B5, 32)")).toBe(32);
    expect(valueIn(fruit, '=SUMIFS(B2:B5, B2:B5, "32")')).toBe(32);
    expect(valueIn(fruit, '=SUMIFS(B2:B5, B2:B5, ">32")')).toBe(215);
    expect(valueIn(fruit, "=SUMIFS(B2:B5, A2:A5, A4)")).toBe(75);
  });

  // "If you want to find an actual question mark or asterisk, type a tilde (~) before the character"; ECMA-376 adds
  // ~~ for a tilde.
  it("takes ~* , ~? and ~~ literally", () => {
    const codes = sheetWith([["Code", "Amount"], ["Q1*", 1], ["Q1 2026", 2], ["Q?", 4], ["QA", 8], ["A~B", 16], ["A~~B", 32]]);
    expect(valueIn(codes, '=SUMIFS(B2:B7, A2:A7, "Q1*")')).toBe(3);
    expect(valueIn(codes, '=SUMIFS(B2:B7, A2:A7, "Q1~*")')).toBe(1);
    expect(valueIn(codes, '=SUMIFS(B2:B7, A2:A7, "Q?")')).toBe(12);
    expect(valueIn(codes, '=SUMIFS(B2:B7, A2:A7, "Q~?")')).toBe(4);
    expect(valueIn(codes, '=SUMIFS(B2:B7, A2:A7, "A~~B")')).toBe(16);
    expect(valueIn(codes, '=SUMIFS(B2:B7, A2:A7, "A~B")')).toBe(16);
    expect(valueIn(codes, '=SUMIFS(B2:B7, A2:A7, "=Q1~*")')).toBe(1);
  });

  // Only numbers (and, per the VBA reference, TRUE as 1, FALSE as 0) are summed: blank and text cells add nothing; an
  // error is the result only where its row is summed.
  it("ignores blank and text cells of the sum range", () => {
    const ledger = sheetWith([["ID", "Amount"], ["VC-1", 10], ["VC-1", ""], ["VC-1", "n/a"], ["VC-2", "=1/0"], ["VC-1", true]]);
    expect(valueIn(ledger, '=SUMIFS(B2:B6, A2:A6, "VC-1")')).toBe(11);
    expect(valueIn(ledger, '=SUMIFS(B2:B6, A2:A6, "VC-2")')).toBe("#DIV/0!");
  });

  // A text number in the criteria range equals a numeric criterion (the *IFS functions convert it: Exceljet, "Count
  // long numbers"); a number is never equal to a text criterion that is not a number; "" finds blanks and empty text,
  // "=" blanks only, "<>" everything not blank; an empty criterion cell is 0 (COUNTIFS's page:
  // https://support.microsoft.com/office/dda3dc6e-f74e-4aee-88bc-aa8c2a866842).
  it("matches blanks, text numbers and logical values as Excel's criteria do", () => {
    const cells = sheetWith([["Key", "Amount"], [1, 1], ["'1", 2], ["'001", 4], ["", 8], ['=""', 16], [0, 32], [true, 64], ["one", 128]]);
    expect(valueIn(cells, "=SUMIFS(B2:B9, A2:A9, 1)")).toBe(7);
    expect(valueIn(cells, '=SUMIFS(B2:B9, A2:A9, "=001")')).toBe(7);
    expect(valueIn(cells, '=SUMIFS(B2:B9, A2:A9, "")')).toBe(24);
    expect(valueIn(cells, '=SUMIFS(B2:B9, A2:A9, "=")')).toBe(8);
    expect(valueIn(cells, '=SUMIFS(B2:B9, A2:A9, "<>")')).toBe(247);
    expect(valueIn(cells, "=SUMIFS(B2:B9, A2:A9, Y1)")).toBe(32);
    expect(valueIn(cells, '=SUMIFS(B2:B9, A2:A9, "TRUE")')).toBe(64);
    expect(valueIn(cells, '=SUMIFS(B2:B9, A2:A9, "<>one")')).toBe(127);
    expect(valueIn(cells, '=SUMIFS(B2:B9, A2:A9, ">n")')).toBe(128);
  });
});

describe("wildcards", () => {
  it("match whole texts without case", () => {
    expect(wildcardMatch("a*", "Apples")).toBe(true);
    expect(wildcardMatch("*les", "APPLES")).toBe(true);
    expect(wildcardMatch("p", "apples")).toBe(false);
    expect(wildcardMatch("a.c", "abc")).toBe(false);
    expect(wildcardMatch("(1)", "(1)")).toBe(true);
    expect(wildcardMatch("~x", "~x")).toBe(true);
    expect(wildcardMatch("", "")).toBe(true);
  });
});

describe("INDEX and MATCH", () => {
  // INDEX's page, reference form: the Fruit / Price / Count table; "=INDEX(A2:C6, 2, 3)" is the intersection of the
  // second row and third column, 38; a row_num or column_num of 0 is the whole column or row; a number outside the
  // reference is #REF! (https://support.microsoft.com/office/a5dcf0dd-996d-40a4-a822-b56b061328bd).
  const fruit = sheetWith([
    ["Fruit", "Price", "Count"],
    ["Apples", 0.69, 40],
    ["Bananas", 0.34, 38],
    ["Lemons", 0.55, 15],
    ["Oranges", 0.25, 25],
    ["Pears", 0.59, 40],
  ]);

  it("INDEX returns the cell at a row and column of a reference", () => {
    expect(valueIn(fruit, "=INDEX(A2:C6, 2, 3)")).toBe(38);
    expect(valueIn(fruit, "=INDEX(A2:A6, 4)")).toBe("Oranges");
    expect(valueIn(fruit, "=INDEX(A2:C2, 2)")).toBe(0.69);
    expect(valueIn(fruit, "=SUM(INDEX(A2:C6, 0, 3))")).toBe(158);
    expect(valueIn(fruit, "=INDEX(A2:A6, 6)")).toBe("#REF!");
    expect(valueIn(fruit, "=INDEX(A2:A6, -1)")).toBe("#VALUE!");
    expect(valueIn(fruit, "=INDEX(A2:A6, #N/A)")).toBe("#N/A");
  });

  // INDEX gives a reference: a blank cell reads as a blank (0 in arithmetic, "" joined to text), and only that cell
  // is calculated, so an error elsewhere in the column does not matter.
  it("INDEX reads only the cell it returns", () => {
    const excel = sheetWith([["A"], [""], ["=1/0"], [0.35]]);
    expect(valueIn(excel, '=""&INDEX(A2:A4, 1)')).toBe("");
    expect(valueIn(excel, "=N(INDEX(A2:A4, 1))")).toBe(0);
    expect(valueIn(excel, "=ISNUMBER(INDEX(A2:A4, 3))")).toBe(true);
    expect(valueIn(excel, "=INDEX(A2:A4, 3)*2")).toBe(0.7);
    expect(valueIn(excel, "=INDEX(A2:A4, 2)")).toBe("#DIV/0!");
  });

  // MATCH's page: Product / Count with Bananas 25, Oranges 38, Apples 40, Pears 41; "=MATCH(41,B2:B5,0)" is 4; it
  // "does not distinguish between uppercase and lowercase letters"; wildcards work with match_type 0 and text; no
  // match is #N/A (https://support.microsoft.com/office/e8dffd45-c762-47d6-bf89-533f4a37673a).
  const products = sheetWith([["Product", "Count"], ["Bananas", 25], ["Oranges", 38], ["Apples", 40], ["Pears", 41]]);

  it("MATCH with match_type 0 finds the first exact match", () => {
    expect(valueIn(products, "=MATCH(41,B2:B5,0)")).toBe(4);
    expect(valueIn(products, '=MATCH("APPLES",A2:A5,0)')).toBe(3);
    expect(valueIn(products, '=MATCH("?ears",A2:A5,0)')).toBe(4);
    expect(valueIn(products, '=MATCH("*an*",A2:A5,0)')).toBe(1);
    expect(valueIn(products, '=MATCH("Kiwis",A2:A5,0)')).toBe("#N/A");
    expect(valueIn(products, '=MATCH("41",B2:B5,0)')).toBe("#N/A");
    expect(valueIn(products, "=MATCH(41,A2:B5,0)")).toBe("#N/A");
    expect(valueIn(products, "=MATCH(Y1,A2:A5,0)")).toBe("#N/A");
    expect(valueIn(products, '=INDEX(B2:B5,MATCH("oranges",A2:A5,0))')).toBe(38);
  });

  // The approximate types need sorted data and Excel's binary search: not modelled, they read #NAME? rather than a
  // guess ("=MATCH(39,B2:B5,1)" is 2 in Excel).
  it("MATCH refuses to guess the approximate match types", () => {
    expect(valueIn(products, "=MATCH(39,B2:B5,1)")).toBe("#NAME?");
    expect(valueIn(products, "=MATCH(39,B2:B5)")).toBe("#NAME?");
  });
});

describe("structured references to another table", () => {
  // "Using structured references with Excel tables": =SUM(DeptSales[Sales Amount]) refers to a table's column from
  // anywhere in the workbook; [@Column] is the formula's own row
  // (https://support.microsoft.com/office/f5ed2452-2337-4f71-bed3-c8ae6d2b276e).
  it("reads a whole column of a table on another sheet, and this row of the formula's own table", () => {
    const excel = createMemoryExcel({ calculate: calculateFormula, sheets: ["Sales", "Summary"] });
    const sales = [["Sales Person", "Region", "Sales Amount"], ["Jones", "East", 260], ["Fontana", "North", 660], ["Jones", "West", 940]];
    excel.workbook.sheet("Sales").setValuesDirect("A1:C4", sales);
    excel.workbook.addTableDirect("Sales!A1:C4", "DeptSales");
    const total = "=SUMIFS(DeptSales[Sales Amount],DeptSales[Sales Person],[@Person])";
    const region = '=IFERROR(INDEX(DeptSales[Region],MATCH([@Person],DeptSales[Sales Person],0)),"none")';
    excel.workbook.sheet("Summary").setValuesDirect("A1:C3", [["Person", "Total", "First region"], ["jones", total, region], ["Smith", total, region]]);
    excel.workbook.addTableDirect("Summary!A1:C3", "People");
    expect(excel.workbook.table("People").body()).toEqual([
      ["jones", 1200, "East"],
      ["Smith", 0, "none"],
    ]);
    excel.workbook.sheet("Summary").setCellDirect("E1", "=SUM(DeptSales[Sales Amount])");
    expect(excel.workbook.sheet("Summary").cell("E1").value).toBe(1860);
    excel.workbook.sheet("Summary").setCellDirect("E2", "=SUM(DeptSales[Bonus])");
    expect(excel.workbook.sheet("Summary").cell("E2").value).toBe("#REF!");
  });
});
