import { createMemoryExcel } from "../../src/memory-excel";
import type { CellValue } from "../../src/workbook/excel-api";
import { calculateFormula, calculatorOn } from "./formula-eval";

// The tests' calculator against the examples on the functions' own pages in Excel's reference (each cited above its
// test). Cells are typed as a user types them (setCellDirect: "4/17/2011" is a date, "'19" text); the formula goes in
// Z99 and its value is what Range.values would read.

function valueOf(formula: string, cells: Record<string, CellValue> = {}): CellValue {
  const excel = createMemoryExcel({ calculate: calculateFormula });
  const sheet = excel.workbook.sheet("Sheet1");
  for (const [address, value] of Object.entries(cells)) sheet.setCellDirect(address, value);
  sheet.setCellDirect("Z99", formula);
  return sheet.cell("Z99").value;
}

describe("IFERROR", () => {
  // The page's example: Quota 210, 55 and blank against Units sold 35, 0 and 23
  // (https://support.microsoft.com/office/c526fd07-caeb-47b8-8bb6-63f3e417f611).
  const quota = { A2: 210, B2: 35, A3: 55, B3: 0, B4: 23 };
  it("returns the result, or value_if_error for an error", () => {
    expect(valueOf('=IFERROR(A2/B2, "Error in calculation")', quota)).toBe(6);
    expect(valueOf('=IFERROR(A3/B3, "Error in calculation")', quota)).toBe("Error in calculation");
    expect(valueOf('=IFERROR(A4/B4, "Error in calculation")', quota)).toBe(0);
  });

  // "If value or value_if_error is an empty cell, IFERROR treats it as an empty string value ("")"; every error type
  // is caught; value_if_error is computed only when it is returned.
  it("reads an empty cell as empty text and catches every error type", () => {
    expect(valueOf("=IFERROR(A1,1)")).toBe("");
    expect(valueOf("=IFERROR(1/0,A1)")).toBe("");
    for (const error of ["#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NUM!", "#NAME?", "#NULL!"]) expect(valueOf(`=IFERROR(${error},"x")`)).toBe("x");
    expect(valueOf("=IFERROR(Nowhere,2)")).toBe(2);
    expect(valueOf("=IFERROR(5,1/0)")).toBe(5);
  });
});

describe("ISNUMBER", () => {
  // IS functions (https://support.microsoft.com/office/0f2d7971-6019-40a0-a171-f2d869135665): "=ISNUMBER(4)" is TRUE;
  // the second example's A5 (330.92) is a number; "The value arguments of the IS functions are not converted. Any
  // numeric values that are enclosed in double quotation marks are treated as text" (ISNUMBER("19") is FALSE).
  it("is TRUE for a number only, and passes no error on", () => {
    expect(valueOf("=ISNUMBER(4)")).toBe(true);
    expect(valueOf("=ISNUMBER(A5)", { A5: 330.92 })).toBe(true);
    expect(valueOf('=ISNUMBER("19")')).toBe(false);
    expect(valueOf("=ISNUMBER(A1)", { A1: "'19" })).toBe(false);
    expect(valueOf("=ISNUMBER(A1)")).toBe(false);
    expect(valueOf("=ISNUMBER(TRUE)")).toBe(false);
    expect(valueOf("=ISNUMBER(A1)", { A1: "=1/0" })).toBe(false);
    expect(valueOf("=ISNUMBER(A1)", { A1: "2026-01-31" })).toBe(true);
  });
});

describe("ISTEXT", () => {
  // IS functions: ISTEXT "Value refers to text"; values are not converted, so "19" typed in quotes is text.
  it("is TRUE for text only", () => {
    expect(valueOf("=ISTEXT(A3)", { A3: "Region1" })).toBe(true);
    expect(valueOf('=ISTEXT("19")')).toBe(true);
    expect(valueOf("=ISTEXT(A1)", { A1: 330.92 })).toBe(false);
    expect(valueOf("=ISTEXT(A1)")).toBe(false);
    expect(valueOf("=ISTEXT(A1)", { A1: "=1/0" })).toBe(false);
    expect(valueOf("=ISTEXT(#N/A)")).toBe(false);
  });
});

describe("SUBSTITUTE", () => {
  // The page's examples: "Sales Data" with "Sales" replaced by "Cost" is "Cost Data"; "Quarter 1, 2008" with the first
  // "1" replaced by "2" is "Quarter 2, 2008"; "Quarter 1, 2011" with the third "1" replaced is "Quarter 1, 2012"
  // (https://support.microsoft.com/office/6434944e-a904-4336-a9b0-1e58df3bc332).
  it("replaces every occurrence, or the one asked for", () => {
    const cells = { A2: "Sales Data", A3: "Quarter 1, 2008", A4: "Quarter 1, 2011" };
    expect(valueOf('=SUBSTITUTE(A2, "Sales", "Cost")', cells)).toBe("Cost Data");
    expect(valueOf('=SUBSTITUTE(A3, "1", "2", 1)', cells)).toBe("Quarter 2, 2008");
    expect(valueOf('=SUBSTITUTE(A4, "1", "2", 3)', cells)).toBe("Quarter 1, 2012");
    expect(valueOf('=SUBSTITUTE(A4, "1", "2", 4)', cells)).toBe("Quarter 1, 2011");
    expect(valueOf('=SUBSTITUTE(A4, "1", "2", 0)', cells)).toBe("#VALUE!");
  });

  it("is case-sensitive and reads numbers as text", () => {
    expect(valueOf('=SUBSTITUTE("Sales sales", "sales", "x")')).toBe("Sales x");
    expect(valueOf('=SUBSTITUTE(A1, "0", "9")', { A1: 1001 })).toBe("1991");
    expect(valueOf('=SUBSTITUTE("abc", "", "x")')).toBe("abc");
    // Escaping MATCH's and SUMIFS's wildcards: ~ first, then * and ?.
    expect(valueOf('=SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(A1,"~","~~"),"*","~*"),"?","~?")', { A1: "A~*?" })).toBe("A~~~*~?");
  });
});

describe("N", () => {
  // The page's example: 7, "Even", TRUE and 4/17/2011 give 7, 0, 1 and the date's serial 40650; =N("7") is 0
  // (https://support.microsoft.com/office/a624cad1-3635-4208-b54a-29733d1278c9).
  it("converts a value to a number as the page's table says", () => {
    const cells = { A2: 7, A3: "Even", A4: true, A5: "4/17/2011" };
    expect(valueOf("=N(A2)", cells)).toBe(7);
    expect(valueOf("=N(A3)", cells)).toBe(0);
    expect(valueOf("=N(A4)", cells)).toBe(1);
    expect(valueOf("=N(A5)", cells)).toBe(40650);
    expect(valueOf('=N("7")')).toBe(0);
  });

  // A blank is "anything else" (0), FALSE is 0, and an error value is returned as it is.
  it("reads a blank as 0 and passes an error on", () => {
    expect(valueOf("=N(A1)")).toBe(0);
    expect(valueOf("=N(FALSE)")).toBe(0);
    expect(valueOf("=N(A1)", { A1: "=1/0" })).toBe("#DIV/0!");
    expect(valueOf("=N(#N/A)")).toBe("#N/A");
  });
});

describe("NOT, AND, OR", () => {
  // NOT: "=NOT(A2>100)" with A2 = 50 is TRUE; "=IF(AND(NOT(A2>1),NOT(A2<100)),A2,"The value is out of range")" is out
  // of range (https://support.microsoft.com/office/9cfc6011-a054-40c7-a140-cd4ba2d87d77).
  it("NOT reverses its argument", () => {
    expect(valueOf("=NOT(A2>100)", { A2: 50 })).toBe(true);
    expect(valueOf('=IF(AND(NOT(A2>1),NOT(A2<100)),A2,"The value is out of range")', { A2: 50 })).toBe("The value is out of range");
    expect(valueOf("=NOT(A1)")).toBe(true);
    expect(valueOf("=NOT(2)")).toBe(false);
    expect(valueOf('=NOT("x")')).toBe("#VALUE!");
  });

  // AND: "=AND(A2>1,A2<100)" with A2 = 50 is TRUE; "=IF(AND(A2<A3,A2<100),A2,"The value is out of range")" with A3 = 25
  // is out of range; "If an array or reference argument contains text or empty cells, those values are ignored. If
  // the specified range contains no logical values, AND returns the #VALUE! error value"
  // (https://support.microsoft.com/office/5f19b2e8-e1df-4408-897a-ce285a19e9d9).
  it("AND is TRUE when every argument is, ignoring text and blanks in references", () => {
    expect(valueOf("=AND(A2>1,A2<100)", { A2: 50 })).toBe(true);
    expect(valueOf('=IF(AND(A2<A3,A2<100),A2,"The value is out of range")', { A2: 50, A3: 25 })).toBe("The value is out of range");
    expect(valueOf("=AND(A1:A3)", { A1: true, A2: "text" })).toBe(true);
    expect(valueOf("=AND(A1:A3)", { A1: "text" })).toBe("#VALUE!");
    expect(valueOf("=AND(A1:A2)", { A1: true, A2: "=1/0" })).toBe("#DIV/0!");
  });

  // OR: "=OR(A2>1,A2<100)" is TRUE; "=IF(OR(A2>1,A2<100),A3,"The value is out of range")" returns A3
  // (https://support.microsoft.com/office/7d17ad14-8700-4281-b308-00b131e22af0).
  it("OR is TRUE when any argument is", () => {
    expect(valueOf("=OR(A2>1,A2<100)", { A2: 50 })).toBe(true);
    expect(valueOf('=IF(OR(A2>1,A2<100),A3,"The value is out of range")', { A2: 50, A3: 25 })).toBe(25);
    expect(valueOf('=OR(A1="",A1="Not yet decided")', { A1: "not yet decided" })).toBe(true);
    expect(valueOf("=OR(A1:A2)")).toBe("#VALUE!");
  });
});

describe("& and unary minus", () => {
  // "Calculation operators and precedence in Excel": & "Connects, or concatenates, two values to produce one continuous
  // text value" ("North"&"wind" is "Northwind"); negation is an arithmetic operator ("–1")
  // (https://support.microsoft.com/office/48be406d-4975-4d31-b2b8-7af9e0e2878a).
  it("& joins values as text; a blank is empty text", () => {
    expect(valueOf('="North"&"wind"')).toBe("Northwind");
    expect(valueOf('=""&A1')).toBe("");
    expect(valueOf('=""&A1', { A1: 0.35 })).toBe("0.35");
    expect(valueOf('=""&A1', { A1: true })).toBe("TRUE");
    expect(valueOf('=""&A1', { A1: "=1/0" })).toBe("#DIV/0!");
  });

  it("unary minus negates numbers, coercing as arithmetic does", () => {
    expect(valueOf("=-A1", { A1: 120 })).toBe(-120);
    expect(valueOf("=-A1")).toBe(0);
    expect(valueOf("=-A1", { A1: "'3" })).toBe(-3);
    expect(valueOf("=-TRUE")).toBe(-1);
    expect(valueOf("=-A1", { A1: "text" })).toBe("#VALUE!");
    expect(valueOf("=--A1", { A1: 2 })).toBe(2);
  });
});

describe("COUNTIFS", () => {
  // "Applies criteria to cells across multiple ranges and counts the number of times all criteria are met"; every
  // range the size of the first, else #VALUE! (https://support.microsoft.com/office/dda3dc6e-f74e-4aee-88bc-aa8c2a866842).
  // Worked by hand: of the three rows, two say Yes in A and only one of them has B >= 2.
  const cells = { A1: "Yes", A2: "No", A3: "yes", B1: 1, B2: 5, B3: 2, C1: 46000, C2: 46010, C3: "" };
  it("counts the rows meeting every criterion, with SUMIFS's criteria", () => {
    expect(valueOf('=COUNTIFS(A1:A3,"yes")', cells)).toBe(2);
    expect(valueOf('=COUNTIFS(A1:A3,"yes",B1:B3,">=2")', cells)).toBe(1);
    expect(valueOf('=COUNTIFS(C1:C3,"<"&46005)', cells)).toBe(1);
    expect(valueOf('=COUNTIFS(A1:A3,"yes",B1:B2,">=2")', cells)).toBe("#VALUE!");
  });
});

describe("SUMIFS with the report's Contract status criteria", () => {
  // SUMIFS (https://support.microsoft.com/office/c9e748f5-7ea7-455d-9406-611cebce642b): "A question mark matches any
  // single character; an asterisk matches any sequence of characters", so "?*" is text of one character or more; a
  // wildcard matches text only (COUNTIF's "*" counts text cells, not numbers). "<>Draft" keeps every cell not equal to
  // Draft, blanks and empty text included. By hand over Active 1, Draft 10, empty text 100, blank 1,000, the number 7
  // 10,000: "<>Draft" 11,101; "?*" 11; both, as the report uses them, 1.
  const cells = { A1: "Active", A2: "Draft", A3: '=""', A5: 7, B1: 1, B2: 10, B3: 100, B4: 1000, B5: 10000 };
  it('keeps "" and blanks for "<>Draft" and non-empty text only for "?*"', () => {
    expect(valueOf('=SUMIFS(B1:B5,A1:A5,"<>Draft")', cells)).toBe(11101);
    expect(valueOf('=SUMIFS(B1:B5,A1:A5,"?*")', cells)).toBe(11);
    expect(valueOf('=SUMIFS(B1:B5,A1:A5,"<>Draft",A1:A5,"<>Terminated",A1:A5,"?*")', cells)).toBe(1);
  });
});

describe("SUMPRODUCT", () => {
  // "Returns the sum of the products of corresponding ranges or arrays"; "The array arguments must have the same
  // dimensions. If they do not, SUMPRODUCT returns the #VALUE! error value"; "treats non-numeric array entries as if
  // they were zeros" (https://support.microsoft.com/office/16753e75-9f68-4874-94ac-4d2145a2fd2e). By hand:
  // 3 x 0.5 + 4 x (text, 0) + 10 x (blank, 0) = 1.5.
  const cells = { A1: 3, A2: 4, A3: 10, B1: 0.5, B2: "n/a" };
  it("adds the products, non-numbers as 0", () => {
    expect(valueOf("=SUMPRODUCT(A1:A3,B1:B3)", cells)).toBe(1.5);
    expect(valueOf("=SUMPRODUCT(A1:A3)", cells)).toBe(17);
    expect(valueOf("=SUMPRODUCT(A1:A3,B1:B2)", cells)).toBe("#VALUE!");
  });

  // Inside SUMPRODUCT a SUMIFS whose criterion is a range gives one sum per criterion cell (Excel evaluates it as an
  // array). By hand: keys a, b in D1:D2 with weights 2 and 3 in E1:E2; amounts under a: 10 + 5, under b: 7; so
  // 2 x 15 + 3 x 7 = 51.
  it("takes SUMIFS with a range as its criterion as one sum per cell", () => {
    const data = { D1: "a", D2: "b", E1: 2, E2: 3, F1: "a", F2: "b", F3: "a", G1: 10, G2: 7, G3: 5 };
    expect(valueOf("=SUMPRODUCT(E1:E2,SUMIFS(G1:G3,F1:F3,D1:D2))", data)).toBe(51);
  });
});

describe("TODAY", () => {
  // "Returns the serial number of the current date" (https://support.microsoft.com/office/5eb3078d-a82c-4736-8930-2f51a028fdd9):
  // the calculator's day, 2026-01-31, is serial 46053 in the 1900 system (DATE(2026,1,31)).
  it("is the calculator's day as a serial", () => {
    const excel = createMemoryExcel({ calculate: calculatorOn("2026-01-31") });
    const sheet = excel.workbook.sheet("Sheet1");
    sheet.setCellDirect("A1", "=TODAY()");
    sheet.setCellDirect("A2", "=TODAY()-DATE(2026,1,31)");
    expect(sheet.cell("A1").value).toBe(46053);
    expect(sheet.cell("A2").value).toBe(0);
    expect(valueOf("=TODAY()")).toBe("#NAME?");
  });
});

describe("arrays inside SUMPRODUCT", () => {
  // SUMPRODUCT evaluates its arguments as arrays, so & and SUBSTITUTE over a range give one value per cell (SUMPRODUCT's
  // page shows arguments that are expressions over ranges). SUMIFS's wildcards are escaped with ~ (SUMIFS's page: "type a
  // tilde (~) before the character"). By hand: keys Pilot* and Pilot-1 with weights 2 and 3; amounts 10 under Pilot*,
  // 7 under Pilot-1. Escaped, 2 x 10 + 3 x 7 = 41; unescaped, Pilot* also matches Pilot-1: 2 x 17 + 3 x 7 = 55.
  const data = { D1: "Pilot*", D2: "Pilot-1", E1: 2, E2: 3, F1: "Pilot*", F2: "Pilot-1", G1: 10, G2: 7 };
  it("applies & and SUBSTITUTE cell by cell", () => {
    expect(valueOf('=SUMPRODUCT(E1:E2,SUMIFS(G1:G2,F1:F2,"="&SUBSTITUTE(D1:D2,"*","~*")))', data)).toBe(41);
    expect(valueOf("=SUMPRODUCT(E1:E2,SUMIFS(G1:G2,F1:F2,D1:D2))", data)).toBe(55);
    expect(valueOf('=SUBSTITUTE(D1:D2,"*","~*")', data)).toBe("#VALUE!");
  });
});
