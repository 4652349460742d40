import { riskAdjusted, valueClass } from "../../src/functions/evidence-functions";
import { lineClass, realisedAmount, variance } from "../../src/functions/ledger-functions";
import { excel, omitted } from "./excel-cell";

test("the README's examples, an omitted argument passed as null as Excel passes it", () => {
  expect(lineClass("Capacity value", "Financial", "Not yet decided")).toBe("Evidenced leading indicator");
  // 200,000 x 0.35 = 70,000.
  expect(realisedAmount("Incremental revenue", 200000, "Financial", omitted, 0.35)).toBe(70000);
  // Plan 40,000 - actual 45,000 = -5,000: an overspend.
  expect(variance("Technology cost", 40000, 45000)).toBe(-5000);
  expect(valueClass("Strategic", omitted, "Financial")).toBe("Evidenced leading indicator");
  expect(riskAdjusted(-80000, "Behavioural")).toBe(-80000);
});

describe("LINECLASS", () => {
  test("lines and levels by name or number, case and spaces ignored", () => {
    expect(lineClass("Incremental revenue", "Financial")).toBe("Realised value");
    expect(lineClass(" protected EARNINGS ", 3)).toBe("Evidenced leading indicator");
    expect(lineClass("Avoided loss", "1")).toBe("Capability value");
    expect(lineClass("Option value", "Strategic")).toBe("Strategic option value");
    expect(lineClass("Governance cost", "None")).toBe("Cost");
    expect(lineClass([["Friction"]], [[5]])).toBe("Cost");
  });

  test("a blank or omitted level counts as None: a benefit without evidence is Unsupported optimism", () => {
    expect(lineClass("Incremental revenue", null)).toBe("Unsupported optimism");
    expect(lineClass("Capacity value", "", "Serve more customers")).toBe("Unsupported optimism");
    expect(lineClass("Option value", null)).toBe("Strategic option value");
    expect(lineClass("Data cost", "  ")).toBe("Cost");
  });

  test("Capacity value with Financial evidence: Realised value once decided, a leading indicator while undecided or blank", () => {
    expect(lineClass("Capacity value", "Financial", "Avoid planned recruitment")).toBe("Realised value");
    expect(lineClass("Capacity value", "Financial", " not yet DECIDED ")).toBe("Evidenced leading indicator");
    expect(lineClass("Capacity value", "Financial", omitted)).toBe("Evidenced leading indicator");
    expect(lineClass("Capacity value", 5, "")).toBe("Evidenced leading indicator");
  });

  test("an unknown line, level or capture decision is #VALUE! naming it and listing what is accepted", () => {
    expect(excel(() => lineClass("Revenue", "Financial"))).toEqual({ code: "#VALUE!", message: expect.stringMatching(/^line expects one of the 16 lines: Incremental revenue, .*Cannibalisation; not "Revenue"\.$/) });
    expect(excel(() => lineClass(null, "Financial"))).toEqual({ code: "#VALUE!", message: expect.stringMatching(/^line is blank/) });
    expect(excel(() => lineClass("Friction", "Proven"))).toEqual({ code: "#VALUE!", message: expect.stringContaining("evidenceLevel expects None, Technical") });
    expect(excel(() => lineClass("Friction", 9))).toEqual({ code: "#VALUE!", message: expect.stringContaining("0 (None) to 5 (Strategic)") });
    expect(excel(() => lineClass("Capacity value", "Financial", "Hire fewer"))).toEqual({ code: "#VALUE!", message: expect.stringContaining("captureDecision expects one of: Not yet decided;") });
    expect(excel(() => lineClass([["Friction", "Data cost"]], "None"))).toEqual({ code: "#VALUE!", message: "line expects a single cell, not a range." });
  });
});

describe("REALISEDAMOUNT", () => {
  test("worked examples", () => {
    // Revenue 200,000, Financial evidence, margin 35%: 200,000 x 0.35 = 70,000.
    expect(realisedAmount("Incremental revenue", 200_000, "Financial", omitted, 0.35)).toBe(70_000);
    // Margin omitted: default 1, the whole 200,000.
    expect(realisedAmount("Incremental revenue", 200_000, "Financial")).toBe(200_000);
    // Capacity of 50,000 with Financial evidence: realised once management decided, 0 while not.
    expect(realisedAmount("Capacity value", 50_000, 4, "Remove work and simplify structures")).toBe(50_000);
    expect(realisedAmount("Capacity value", 50_000, 4, omitted)).toBe(0);
    // Operational evidence is a leading indicator, not realised: 0.
    expect(realisedAmount("Avoided loss", 120_000, "Operational")).toBe(0);
    // A cost of 30,000 counts in full, negative, whatever the evidence (blank here).
    expect(realisedAmount("Change cost", 30_000, null)).toBe(-30_000);
  });

  test("a blank actual is not measured yet: 0", () => {
    expect(realisedAmount("Incremental revenue", null, "Strategic")).toBe(0);
    expect(realisedAmount("Technology cost", "", "Strategic")).toBe(0);
  });

  test("a negative or text actual, or a margin outside 0 to 1, is an error naming the argument", () => {
    expect(excel(() => realisedAmount("Technology cost", -30_000, "None"))).toEqual({ code: "#NUM!", message: "actual must be 0 or more (enter costs as positive amounts); it is -30000." });
    expect(excel(() => realisedAmount("Technology cost", "lots", "None"))).toEqual({ code: "#VALUE!", message: expect.stringMatching(/^actual expects a number/) });
    expect(excel(() => realisedAmount("Incremental revenue", 1000, "Financial", null, 35))).toEqual({ code: "#NUM!", message: "revenueMargin must be from 0 to 1 (35% = 0.35); it is 35." });
    expect(excel(() => realisedAmount("Incremental revenue", 1000, "Financial", null, -0.1))).toEqual({ code: "#NUM!", message: expect.stringMatching(/^revenueMargin must be from 0 to 1/) });
    expect(excel(() => realisedAmount("Incremental revenue", 1000, "Financial", null, "35%"))).toEqual({ code: "#VALUE!", message: expect.stringMatching(/^revenueMargin expects a number/) });
    expect(excel(() => realisedAmount("Revenue", 1000, "Financial"))).toEqual({ code: "#VALUE!", message: expect.stringMatching(/^line expects/) });
  });
});

describe("VARIANCE", () => {
  test("favourable positive: actual - plan for a benefit, plan - actual for a cost", () => {
    // Revenue planned 100,000, actual 120,000: +20,000.
    expect(variance("Incremental revenue", 100_000, 120_000)).toBe(20_000);
    // Protected earnings planned 80,000, actual 60,000: -20,000.
    expect(variance("Protected earnings", 80_000, 60_000)).toBe(-20_000);
    // Technology cost planned 40,000, spent 45,000: an overspend, -5,000.
    expect(variance("Technology cost", 40_000, 45_000)).toBe(-5_000);
    // Friction planned 10,000, came to 4,000: +6,000.
    expect(variance("friction", 10_000, 4_000)).toBe(6_000);
  });

  test("a blank plan counts as 0", () => {
    expect(variance("Avoided loss", null, 7_000)).toBe(7_000);
    expect(variance("Risk failures", "", 7_000)).toBe(-7_000);
  });

  test("a blank actual is #N/A: not measured yet", () => {
    expect(excel(() => variance("Incremental revenue", 100_000, null))).toEqual({ code: "#N/A", message: "actual is blank: not measured yet, so there is no variance." });
    expect(excel(() => variance("Data cost", 100_000, [[""]]))).toEqual({ code: "#N/A", message: expect.stringMatching(/^actual is blank/) });
  });

  test("negative or text amounts and unknown lines are errors naming the argument", () => {
    expect(excel(() => variance("Data cost", -1, 5))).toEqual({ code: "#NUM!", message: expect.stringMatching(/^plan must be 0 or more/) });
    expect(excel(() => variance("Data cost", 1, -5))).toEqual({ code: "#NUM!", message: expect.stringMatching(/^actual must be 0 or more/) });
    expect(excel(() => variance("Data cost", true, 5))).toEqual({ code: "#VALUE!", message: expect.stringMatching(/^plan expects a number/) });
    expect(excel(() => variance("Data", 1, 5))).toEqual({ code: "#VALUE!", message: expect.stringMatching(/^line expects/) });
  });
});
