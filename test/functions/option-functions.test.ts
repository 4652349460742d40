import { optionValue } from "../../src/functions/option-functions";
import { excel } from "./excel-cell";

describe("OPTIONVALUE", () => {
  test("Hull's Example 15.6, with the yield omitted (null): 4.7594 (mpmath at 50 digits: 4.75942239287153)", () => {
    expect(optionValue(42, 40, 0.5, 0.2, 0.1, null)).toBeCloseTo(4.7594223928715334, 12);
    expect(optionValue(42, 40, 0.5, 0.2, 0.1)).toBeCloseTo(4.7594223928715334, 12);
  });

  test("years 0 is the value of deciding now: max(S - K, 0)", () => {
    expect(optionValue(120, 100, 0, 0.3, 0.05, 0)).toBe(20);
    expect(optionValue(80, 100, 0, 0.3, 0.05, 0)).toBe(0);
  });

  test("out-of-domain inputs are #NUM! naming the argument; text is #VALUE!", () => {
    expect(excel(() => optionValue(0, 100, 1, 0.2, 0.05))).toEqual({ code: "#NUM!", message: expect.stringContaining("assetValue") });
    expect(excel(() => optionValue(100, 100, -1, 0.2, 0.05))).toEqual({ code: "#NUM!", message: expect.stringContaining("years") });
    expect(excel(() => optionValue(100, 100, 1, "high", 0.05))).toEqual({ code: "#VALUE!", message: expect.stringContaining("volatility expects a number") });
    expect(excel(() => optionValue(100, 100, 1, 0.2, 0.05, "none"))).toEqual({ code: "#VALUE!", message: expect.stringContaining("assetYield") });
  });
});
