// The two syntaxes of structured references, from "Using structured references with Excel tables" (Microsoft
// support): the grid shows this row as [@[Col]] or [@Col]; the file (ECMA-376 Part 1, §18.17.6.7) stores
// Table[[#This Row],[Col]]. The expected strings below are written out by hand.
import { toFileFormula, toUiFormula } from "../../src/xlsx/formula-syntax";

describe("UI syntax to file syntax", () => {
  test("this row, with and without brackets, qualified by the cell's table", () => {
    expect(toFileFormula("=[@[Technology cost]]*2", "ValueContracts")).toBe("ValueContracts[[#This Row],[Technology cost]]*2");
    expect(toFileFormula("=[@Plan]+1", "ValueLedger")).toBe("ValueLedger[[#This Row],[Plan]]+1");
    expect(toFileFormula("=SUM([Plan])", "ValueLedger")).toBe("SUM(ValueLedger[Plan])");
    expect(toFileFormula("=Other[@[Plan]]", "ValueLedger")).toBe("Other[[#This Row],[Plan]]");
  });

  test("escaped characters in a column name stay escaped; text in quotes is left alone", () => {
    expect(toFileFormula("=[@[Cost '[GBP']]]", "T")).toBe("T[[#This Row],[Cost '[GBP']]]");
    expect(toFileFormula("=[@[Item '#]]", "T")).toBe("T[[#This Row],[Item '#]]");
    expect(toFileFormula('=IF([@[A]]="[@x]","[B]",\'My sheet\'!A1)', "T")).toBe('IF(T[[#This Row],[A]]="[@x]","[B]",\'My sheet\'!A1)');
  });

  test("a function newer than Excel 2007 is refused (it would need the _xlfn. prefix); a reference outside a table too", () => {
    expect(() => toFileFormula("=SWITCH([@[A]],1,2)", "T")).toThrow(/SWITCH/);
    expect(() => toFileFormula("=XLOOKUP(1,A:A,B:B)", null)).toThrow(/XLOOKUP/);
    expect(() => toFileFormula("=[@[A]]", null)).toThrow(/no table/);
    expect(toFileFormula("=IFERROR(SUMIFS(T[A],T[B],\"x\"),0)", null)).toBe('IFERROR(SUMIFS(T[A],T[B],"x"),0)');
  });
});

describe("file syntax to UI syntax", () => {
  test("this row of the cell's own table loses the table name; other tables keep theirs; _xlfn. is dropped", () => {
    expect(toUiFormula("ValueLedger[[#This Row],[Plan]]*2", "ValueLedger")).toBe("=[@[Plan]]*2");
    expect(toUiFormula("ValueContracts[[#This Row],[Contract ID]]", "ValueLedger")).toBe("=ValueContracts[@[Contract ID]]");
    expect(toUiFormula("SUM(ValueLedger[Plan])", "ValueLedger")).toBe("=SUM(ValueLedger[Plan])");
    expect(toUiFormula("_xlfn.SWITCH(A1,1,2)", null)).toBe("=SWITCH(A1,1,2)");
    expect(toUiFormula('"T[[#This Row],[A]]"', "T")).toBe('="T[[#This Row],[A]]"');
  });
});
