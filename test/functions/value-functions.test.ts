import { realisedValue, valueBridge } from "../../src/functions/value-functions";
import { excel } from "./excel-cell";

describe("REALISEDVALUE", () => {
  test("omitted optional arguments arrive as null and count as 0", () => {
    expect(realisedValue(1000, null, null, null, null, 400, null, null, null)).toBe(600);
  });

  test("a blank cell counts as 0 and a 1x1 range as its value", () => {
    expect(realisedValue([[250]], "", null, null, null, [[50]])).toBe(200);
  });

  test("text where a number belongs is #VALUE! naming the argument", () => {
    expect(excel(() => realisedValue(100, "lots"))).toEqual({
      code: "#VALUE!",
      message: expect.stringMatching(/^protectedEarnings expects a number.*"lots"/),
    });
  });

  test("a negative cost is #NUM! naming the argument", () => {
    expect(excel(() => realisedValue(100, null, null, null, null, -1))).toEqual({
      code: "#NUM!",
      message: expect.stringContaining("lifecycleCost"),
    });
  });

  test("overflow never reaches the cell as Infinity", () => {
    expect(excel(() => realisedValue(1.7e308, 1.7e308))).toEqual({ code: "#NUM!", message: expect.any(String) });
  });
});

describe("VALUEBRIDGE", () => {
  test("accepts a row or a column of 9 cells, blanks as 0", () => {
    const column = [[100], [null], [""], [0], [0], [30], [0], [0], [10]];
    const rows = valueBridge(column);
    expect(rows).toHaveLength(10);
    expect(rows[5]).toEqual(["Full lifecycle cost", -30]);
    expect(rows[9]).toEqual(["Realised AI value", 60]);
    expect(valueBridge([[100, 0, 0, 0, 0, 30, 0, 0, 10]])).toEqual(rows);
  });

  test("a range of the wrong size is #VALUE! saying how many cells it needs", () => {
    expect(excel(() => valueBridge([[1, 2, 3]]))).toEqual({ code: "#VALUE!", message: expect.stringContaining("9 cells") });
    expect(excel(() => valueBridge([[1, 2], [3, 4]]))).toEqual({ code: "#VALUE!", message: expect.stringContaining("single row") });
  });
});
