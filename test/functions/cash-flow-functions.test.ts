import { payback, trough } from "../../src/functions/cash-flow-functions";
import { excel } from "./excel-cell";

describe("PAYBACK", () => {
  test("the README's example as a row and as a column: 2.5", () => {
    expect(payback([[-100, 20, 50, 60]], null)).toBe(2.5);
    expect(payback([[-100], [20], [50], [60]])).toBe(2.5);
  });

  test("discounted at 10%: -100, 60, 60 -> 1 + 11/12", () => {
    expect(payback([[-100, 60, 60]], 0.1)).toBeCloseTo(23 / 12, 14);
  });

  test("blank cells count as 0", () => {
    expect(payback([[-100, null, "", 200]])).toBe(2.5);
  });

  test("never paying back is #N/A with a message; a rate at -100% is #NUM!", () => {
    expect(excel(() => payback([[-100, 20, 30]]))).toEqual({ code: "#N/A", message: expect.stringContaining("does not pay back") });
    expect(excel(() => payback([[-100, 200]], -1))).toEqual({ code: "#NUM!", message: expect.stringContaining("discountRate") });
  });

  test("text in the range or a 2-D block is #VALUE! naming cashflows", () => {
    expect(excel(() => payback([[-100, "tbc", 200]]))).toEqual({ code: "#VALUE!", message: expect.stringContaining("cashflows (cell 2)") });
    expect(excel(() => payback([[-100, 1], [2, 3]]))).toEqual({ code: "#VALUE!", message: expect.stringContaining("single row or a single column") });
  });
});

describe("TROUGH", () => {
  test("the lowest cumulative cash flow, or 0", () => {
    expect(trough([[-50, -80, 30, 200]])).toBe(-130);
    expect(trough([[10, 20]])).toBe(0);
    expect(trough([[-40]])).toBe(-40); // a single cell is a one-period stream
  });

  test("discounted at 25%: -100, -50, 200 -> -140", () => {
    expect(trough([[-100], [-50], [200]], 0.25)).toBe(-140);
  });
});
