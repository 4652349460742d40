import { evidenceGaps, evidenceLevel, riskAdjusted, valueClass } from "../../src/functions/evidence-functions";
import { excel, omitted } from "./excel-cell";

describe("EVIDENCELEVEL and EVIDENCEGAPS", () => {
  test("the README's example with booleans: TRUE, FALSE, FALSE, TRUE, FALSE", () => {
    expect(evidenceLevel(true, false, false, true, false)).toBe("Financial");
    expect(evidenceGaps(true, false, false, true, false)).toBe("Behavioural, Operational");
  });

  test("cells as a worksheet holds them: text, numbers, blanks (null) and the ways of saying none", () => {
    expect(evidenceLevel("Load test passed", "72% adoption", 0, null, "n/a")).toBe("Behavioural");
    expect(evidenceLevel("no", "None", "-", "FALSE", "0")).toBe("None");
    expect(evidenceGaps("no", "None", "-", "FALSE", "0")).toBe("");
    expect(evidenceLevel([["yes"]], null, null, null, [[1]])).toBe("Strategic");
  });

  test("a range where one cell belongs is #VALUE! naming the level", () => {
    expect(excel(() => evidenceLevel(true, [[true, false]], null, null, null))).toEqual({ code: "#VALUE!", message: expect.stringContaining("behavioural") });
  });
});

describe("VALUECLASS", () => {
  test("by the level's name or number, with and without a mandate", () => {
    expect(valueClass("Financial", null)).toBe("Realised value");
    expect(valueClass(1)).toBe("Capability value");
    expect(valueClass(" operational ", "Grow revenue")).toBe("Evidenced leading indicator");
    expect(valueClass("Technical", "create strategic options")).toBe("Strategic option value");
    expect(valueClass(0, "Create strategic options")).toBe("Unsupported optimism");
    expect(valueClass("Behavioural", "")).toBe("Evidenced leading indicator");
  });

  test("gaps as EVIDENCEGAPS returns them: Financial among them caps Financial and Strategic evidence", () => {
    // EVIDENCELEVEL(TRUE, TRUE, TRUE, FALSE, TRUE) is Strategic with EVIDENCEGAPS "Financial".
    const gaps = evidenceGaps(true, true, true, false, true);
    expect(gaps).toBe("Financial");
    expect(valueClass("Strategic", null, gaps)).toBe("Evidenced leading indicator");
    expect(valueClass(5, "Create strategic options", " behavioural, FINANCIAL ")).toBe("Strategic option value");
    expect(valueClass("Financial", omitted, "Technical, Behavioural")).toBe("Realised value");
    expect(valueClass("Strategic", "Grow revenue", "")).toBe("Realised value");
    expect(valueClass("Strategic", null, null)).toBe("Realised value");
  });

  test("an unknown name in gaps is #VALUE! naming gaps", () => {
    expect(excel(() => valueClass("Strategic", null, "Financial, Legal"))).toEqual({ code: "#VALUE!", message: expect.stringMatching(/^gaps expects level names from Technical, .*; "Legal" is not one of them\.$/) });
    expect(excel(() => valueClass("Strategic", null, 4))).toEqual({ code: "#VALUE!", message: expect.stringMatching(/^gaps expects/) });
  });

  test("an unknown level or mandate is #VALUE! listing what is accepted", () => {
    expect(excel(() => valueClass("Proven", null))).toEqual({ code: "#VALUE!", message: expect.stringContaining("evidenceLevel expects None, Technical") });
    expect(excel(() => valueClass(7, null))).toEqual({ code: "#VALUE!", message: expect.stringContaining("0 (None) to 5 (Strategic)") });
    expect(excel(() => valueClass("Financial", "Cut costs"))).toEqual({ code: "#VALUE!", message: expect.stringContaining("mandate expects one of: Grow revenue;") });
  });
});

describe("RISKADJUSTED", () => {
  test("default weights when weights is omitted", () => {
    expect(riskAdjusted(1000, "Operational", omitted)).toBe(500);
    expect(riskAdjusted(1000, 1)).toBe(100);
  });

  test("a negative amount is a cost: counted in full, whatever the evidence", () => {
    // -800 behind Behavioural evidence stays -800 (weighting it 0.25 would hide 600 of cost).
    expect(riskAdjusted(-800, "Behavioural")).toBe(-800);
    expect(riskAdjusted(-800, "None", [[0, 0, 0, 0, 0, 0]])).toBe(-800);
  });

  test("own weights as a row or a column of 6 cells, blanks as 0", () => {
    expect(riskAdjusted(1000, "Technical", [[null, 0.2, 0.4, 0.6, 0.8, 1]])).toBe(200);
    expect(riskAdjusted(1000, "Strategic", [[0], [0.2], [0.4], [0.6], [0.8], [0.9]])).toBe(900);
  });

  test("a weight above 1 is #NUM! naming its cell; the wrong number of cells is #VALUE!", () => {
    expect(excel(() => riskAdjusted(1000, "None", [[0, 0.1, 0.25, 0.5, 1, 1.5]]))).toEqual({ code: "#NUM!", message: expect.stringContaining("weights (cell 6, Strategic)") });
    expect(excel(() => riskAdjusted(1000, "None", [[0, 0.1, 0.25]]))).toEqual({ code: "#VALUE!", message: expect.stringContaining("weights expects 6 cells") });
  });

  test("a blank level or text amount is #VALUE! naming the argument", () => {
    expect(excel(() => riskAdjusted(1000, null))).toEqual({ code: "#VALUE!", message: expect.stringContaining("evidenceLevel is blank") });
    expect(excel(() => riskAdjusted("lots", "Financial"))).toEqual({ code: "#VALUE!", message: expect.stringContaining("amount expects a number") });
  });
});
