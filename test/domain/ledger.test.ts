import fc from "fast-check";
import {
  BENEFIT_LINES,
  COUNTS_AS,
  isBenefitLine,
  LEDGER_LINES,
  lineClass,
  lineVariance,
  parseCaptureDecision,
  parseLedgerLine,
  parseLineEvidence,
  realisedAmount,
  type CountsAs,
  type LedgerLine,
} from "../../src/domain/ledger";
import { CAPTURE_DECISIONS, EVIDENCE_LEVELS, type CaptureDecision, type EvidenceLevel } from "../../src/domain/lists";
import { unwrap } from "./unwrap";

const COSTS: readonly LedgerLine[] = LEDGER_LINES.filter((line) => !isBenefitLine(line));
const DECIDED: CaptureDecision = "Avoid planned recruitment";

const lines = fc.constantFrom(...LEDGER_LINES);
const costLines = fc.constantFrom(...COSTS);
const benefitLines = fc.constantFrom(...BENEFIT_LINES);
const levels = fc.constantFrom<EvidenceLevel | null>(null, ...EVIDENCE_LEVELS);
const captures = fc.constantFrom<CaptureDecision | null>(null, ...CAPTURE_DECISIONS);
const amounts = fc.double({ min: 0, max: 1e12, noNaN: true });

describe("the ledger's lines", () => {
  test("16 lines named as the contract's columns: five benefits, then eleven costs", () => {
    expect(LEDGER_LINES).toHaveLength(16);
    expect(BENEFIT_LINES).toEqual(["Incremental revenue", "Protected earnings", "Capacity value", "Avoided loss", "Option value"]);
    expect(COSTS).toEqual([
      "Technology cost",
      "Data cost",
      "Integration cost",
      "Change cost",
      "Governance cost",
      "Workforce transition cost",
      "Quality control cost",
      "Operating cost",
      "Friction",
      "Risk failures",
      "Cannibalisation",
    ]);
  });
});

describe("lineClass", () => {
  // The counting table written out by hand, one row per line group, one column per level:
  //                                  None  Technical  Behavioural  Operational  Financial  Strategic
  //   Revenue, Protected, Avoided     UO     CV          ELI          ELI          RV         RV
  //   Capacity value, decided         UO     CV          ELI          ELI          RV         RV
  //   Capacity value, undecided       UO     CV          ELI          ELI          ELI        ELI
  //   Option value                    SOV    SOV         SOV          SOV          SOV        SOV
  //   every cost                      Cost   Cost        Cost         Cost         Cost       Cost
  // UO Unsupported optimism, CV Capability value, ELI Evidenced leading indicator, RV Realised value,
  // SOV Strategic option value. A blank level (null) reads as None.
  const UO = "Unsupported optimism";
  const CV = "Capability value";
  const ELI = "Evidenced leading indicator";
  const RV = "Realised value";
  const SOV = "Strategic option value";
  const byLevel = (line: LedgerLine, capture: CaptureDecision | null): CountsAs[] => EVIDENCE_LEVELS.map((level) => lineClass(line, level, capture));

  test.each(["Incremental revenue", "Protected earnings", "Avoided loss"] as const)("%s: by level, whatever the capture decision", (line) => {
    for (const capture of [null, "Not yet decided", DECIDED] as const) expect(byLevel(line, capture)).toEqual([UO, CV, ELI, ELI, RV, RV]);
  });

  test("Capacity value is realised only once management decided what to do with the capacity", () => {
    expect(byLevel("Capacity value", DECIDED)).toEqual([UO, CV, ELI, ELI, RV, RV]);
    expect(byLevel("Capacity value", "Release cost from the operating model")).toEqual([UO, CV, ELI, ELI, RV, RV]);
    expect(byLevel("Capacity value", "Not yet decided")).toEqual([UO, CV, ELI, ELI, ELI, ELI]);
    expect(byLevel("Capacity value", null)).toEqual([UO, CV, ELI, ELI, ELI, ELI]);
  });

  test("Option value is strategic option value whatever its evidence", () => {
    expect(byLevel("Option value", DECIDED)).toEqual([SOV, SOV, SOV, SOV, SOV, SOV]);
    expect(lineClass("Option value", null)).toBe(SOV);
  });

  test.each(COSTS)("%s is a cost at every level", (line) => {
    expect(byLevel(line, null)).toEqual(Array.from({ length: 6 }, () => "Cost"));
    expect(lineClass(line, null, DECIDED)).toBe("Cost");
  });

  test("a blank level is None: a benefit without evidence is unsupported optimism", () => {
    for (const line of BENEFIT_LINES.filter((name) => name !== "Option value")) expect(lineClass(line, null, DECIDED)).toBe(UO);
  });

  test("property: always one of COUNTS_AS, and Cost exactly for the cost lines", () => {
    fc.assert(fc.property(lines, levels, captures, (line, level, capture) => {
      const counts = lineClass(line, level, capture);
      return COUNTS_AS.includes(counts) && (counts === "Cost") === !isBenefitLine(line);
    }));
  });
});

describe("realisedAmount", () => {
  test("worked examples, benefits", () => {
    // Revenue of 200,000 with Financial evidence at a 35% margin: 200,000 x 0.35 = 70,000 realised.
    expect(realisedAmount("Incremental revenue", 200_000, "Financial", null, 0.35)).toBe(70_000);
    // Without a margin the whole revenue counts (default 1): 200,000.
    expect(realisedAmount("Incremental revenue", 200_000, "Strategic")).toBe(200_000);
    // The margin applies to revenue only: Protected earnings of 80,000 are earnings already, 80,000.
    expect(realisedAmount("Protected earnings", 80_000, "Financial", null, 0.35)).toBe(80_000);
    expect(realisedAmount("Avoided loss", 120_000, "Strategic")).toBe(120_000);
    // Below Financial nothing is realised: an operational 120,000 avoided loss is a leading indicator, 0.
    expect(realisedAmount("Avoided loss", 120_000, "Operational")).toBe(0);
    expect(realisedAmount("Protected earnings", 80_000, "Technical")).toBe(0);
    expect(realisedAmount("Incremental revenue", 200_000, null, null, 0.35)).toBe(0);
    expect(realisedAmount("Incremental revenue", 200_000, "None")).toBe(0);
    // Option value of 1,000,000 is never realised value, even with Strategic evidence.
    expect(realisedAmount("Option value", 1_000_000, "Strategic", DECIDED)).toBe(0);
  });

  test("worked examples, Capacity value: realised once decided, potential while undecided or blank", () => {
    // 2,000 hours at 25 an hour = 50,000 of capacity, Financial evidence.
    expect(realisedAmount("Capacity value", 50_000, "Financial", DECIDED)).toBe(50_000);
    expect(realisedAmount("Capacity value", 50_000, "Financial", "Not yet decided")).toBe(0);
    expect(realisedAmount("Capacity value", 50_000, "Financial", null)).toBe(0);
    expect(realisedAmount("Capacity value", 50_000, "Behavioural", DECIDED)).toBe(0);
  });

  test("worked examples, costs: minus the actual, in full, whatever the evidence", () => {
    // A technology cost of 30,000 reduces realised value by 30,000 with or without evidence.
    expect(realisedAmount("Technology cost", 30_000, null)).toBe(-30_000);
    expect(realisedAmount("Technology cost", 30_000, "Strategic", DECIDED, 0.35)).toBe(-30_000);
    expect(realisedAmount("Friction", 12_500, "Technical")).toBe(-12_500);
    expect(realisedAmount("Cannibalisation", 4_000, "None")).toBe(-4_000);
  });

  test("a blank actual (not measured yet) is 0 for any line", () => {
    for (const line of LEDGER_LINES) expect(realisedAmount(line, null, "Strategic", DECIDED, 0.5)).toBe(0);
  });

  test("property: a cost's realised amount is always minus its actual", () => {
    fc.assert(fc.property(costLines, amounts, levels, captures, fc.double({ min: 0, max: 1, noNaN: true }), (line, actual, level, capture, margin) => {
      return realisedAmount(line, actual, level, capture, margin) === -actual;
    }));
  });

  test("property: a benefit's realised amount is 0 or more and never above actual x max(1, margin)", () => {
    fc.assert(fc.property(benefitLines, amounts, levels, captures, fc.double({ min: 0, max: 2, noNaN: true }), (line, actual, level, capture, margin) => {
      const amount = realisedAmount(line, actual, level, capture, margin);
      return amount >= 0 && amount <= actual * Math.max(1, margin);
    }));
  });

  test("property: only Realised value and Cost lines move the realised amount", () => {
    fc.assert(fc.property(lines, fc.double({ min: 1, max: 1e12, noNaN: true }), levels, captures, (line, actual, level, capture) => {
      const counts = lineClass(line, level, capture);
      return (realisedAmount(line, actual, level, capture) !== 0) === (counts === "Realised value" || counts === "Cost");
    }));
  });
});

describe("lineVariance", () => {
  test("a benefit: actual - plan, so beating the plan is positive", () => {
    // Revenue planned at 100,000 came in at 120,000: 120,000 - 100,000 = +20,000 (favourable).
    expect(lineVariance("Incremental revenue", 100_000, 120_000)).toBe(20_000);
    // Capacity planned at 50,000, measured at 30,000: 30,000 - 50,000 = -20,000 (unfavourable).
    expect(lineVariance("Capacity value", 50_000, 30_000)).toBe(-20_000);
    expect(lineVariance("Option value", 10_000, 10_000)).toBe(0);
  });

  test("a cost: plan - actual, so spending less than planned is positive", () => {
    // Data cost planned at 40,000, spent 45,000: 40,000 - 45,000 = -5,000 (an overspend, unfavourable).
    expect(lineVariance("Data cost", 40_000, 45_000)).toBe(-5_000);
    // Operating cost planned at 40,000, spent 35,000: 40,000 - 35,000 = +5,000 (favourable).
    expect(lineVariance("Operating cost", 40_000, 35_000)).toBe(5_000);
  });

  test("a blank plan counts as 0; a blank actual has no variance yet", () => {
    expect(lineVariance("Avoided loss", null, 7_000)).toBe(7_000);
    expect(lineVariance("Risk failures", null, 7_000)).toBe(-7_000);
    for (const line of LEDGER_LINES) expect(lineVariance(line, 10_000, null)).toBeNull();
  });

  test("property: the same plan and actual give opposite variances on a benefit and a cost", () => {
    fc.assert(fc.property(benefitLines, costLines, amounts, amounts, (benefit, cost, plan, actual) => {
      return lineVariance(benefit, plan, actual) === actual - plan && lineVariance(cost, plan, actual) === plan - actual;
    }));
  });
});

describe("parseLedgerLine", () => {
  test("names matched ignoring case and surrounding spaces", () => {
    expect(unwrap(parseLedgerLine(" capacity VALUE "))).toBe("Capacity value");
    expect(unwrap(parseLedgerLine("risk failures"))).toBe("Risk failures");
    for (const line of LEDGER_LINES) expect(unwrap(parseLedgerLine(line.toUpperCase()))).toBe(line);
  });

  test("blank, unknown text, numbers and logicals are value errors listing the 16 lines and naming the argument", () => {
    const listing = expect.stringContaining(`one of the 16 lines: ${LEDGER_LINES.join(", ")}`);
    for (const bad of [null, "", "  ", "Revenue", "Capacity-value", 3, true]) {
      expect(parseLedgerLine(bad)).toEqual({ ok: false, error: { kind: "value", message: listing } });
    }
    expect(parseLedgerLine(null)).toEqual({ ok: false, error: { kind: "value", message: expect.stringMatching(/^line is blank/) } });
    expect(parseLedgerLine("Revenue", "ledgerLine")).toEqual({ ok: false, error: { kind: "value", message: expect.stringMatching(/^ledgerLine expects .*; not "Revenue"\.$/) } });
  });
});

describe("parseCaptureDecision", () => {
  test("blank is null (no decision recorded); names matched ignoring case and spaces", () => {
    for (const blank of [null, "", "   "]) expect(unwrap(parseCaptureDecision(blank))).toBeNull();
    expect(unwrap(parseCaptureDecision("  avoid PLANNED recruitment "))).toBe("Avoid planned recruitment");
    for (const decision of CAPTURE_DECISIONS) expect(unwrap(parseCaptureDecision(decision.toLowerCase()))).toBe(decision);
  });

  test("anything else is a value error listing the ten decisions and naming the argument", () => {
    const listing = expect.stringContaining(CAPTURE_DECISIONS.join("; "));
    for (const bad of ["Hire fewer people", 1, false]) expect(parseCaptureDecision(bad, "capture")).toEqual({ ok: false, error: { kind: "value", message: listing } });
    expect(parseCaptureDecision("Hire fewer people", "capture")).toEqual({ ok: false, error: { kind: "value", message: expect.stringMatching(/^capture expects one of: .*; not "Hire fewer people"\.$/) } });
  });
});

describe("parseLineEvidence", () => {
  test("blank is null, which lineClass reads as None; otherwise as parseEvidenceLevel reads a level", () => {
    for (const blank of [null, "", "  "]) expect(unwrap(parseLineEvidence(blank))).toBeNull();
    expect(unwrap(parseLineEvidence(" financial "))).toBe("Financial");
    expect(EVIDENCE_LEVELS.map((_, i) => unwrap(parseLineEvidence(i)))).toEqual([...EVIDENCE_LEVELS]);
    expect(unwrap(parseLineEvidence("4"))).toBe("Financial");
  });

  test("an unknown level is a value error naming the argument", () => {
    expect(parseLineEvidence("Proven")).toEqual({ ok: false, error: { kind: "value", message: expect.stringMatching(/^evidenceLevel expects None, Technical/) } });
    expect(parseLineEvidence(6, "level").ok).toBe(false);
  });
});
