import fc from "fast-check";
import {
  DEFAULT_RISK_WEIGHTS,
  evidenceFlags,
  evidenceGapList,
  evidenceGaps,
  evidenceLevel,
  isEvidence,
  parseEvidenceGaps,
  parseEvidenceLevel,
  parseMandate,
  PROVEN_LEVELS,
  riskAdjusted,
  riskWeightsFromArray,
  valueClass,
  type EvidenceFlags,
} from "../../src/domain/evidence";
import { EVIDENCE_LEVELS, MANDATES, type EvidenceLevel } from "../../src/domain/lists";
import { unwrap } from "./unwrap";

const flags = fc.tuple(fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean());

describe("isEvidence", () => {
  test("TRUE, numbers other than 0 and ordinary text are evidence", () => {
    for (const cell of [true, 1, -3, 0.5, "yes", "x", "Y", "https://reports/pilot.pdf", "Survey Q3", "0.0"]) expect(isEvidence(cell)).toBe(true);
  });

  test("FALSE, 0, blank and the usual ways of saying none are not", () => {
    const none = [false, 0, null, "", "   ", "no", "N", "none", "N/A", "na", "-", "FALSE", "0", " No "];
    for (const cell of none) expect({ cell, evidence: isEvidence(cell) }).toEqual({ cell, evidence: false });
    expect(isEvidence(Number.NaN)).toBe(false);
  });
});

describe("evidenceLevel and evidenceGaps", () => {
  test("the README's example: TRUE, FALSE, FALSE, TRUE, FALSE -> Financial, gaps Behavioural, Operational", () => {
    const example = evidenceFlags(true, false, false, true, false);
    expect(evidenceLevel(example)).toBe("Financial");
    expect(evidenceGaps(example)).toBe("Behavioural, Operational");
    expect(evidenceGapList(example)).toEqual(["Behavioural", "Operational"]);
  });

  test("mixed cell types, as a worksheet holds them", () => {
    const row = evidenceFlags("Pilot passed", 0.42, "n/a", null, "no");
    expect(evidenceLevel(row)).toBe("Behavioural");
    expect(evidenceGaps(row)).toBe("");
  });

  test("None and no gaps when nothing is evidenced", () => {
    const nothing: EvidenceFlags = [false, false, false, false, false];
    expect(evidenceLevel(nothing)).toBe("None");
    expect(evidenceGaps(nothing)).toBe("");
  });

  test("Strategic alone leaves every lower level as a gap", () => {
    expect(evidenceGaps([false, false, false, false, true])).toBe("Technical, Behavioural, Operational, Financial");
  });

  test("properties: the level is the highest flagged; gaps lie strictly below it and are exactly the unflagged ones there", () => {
    fc.assert(
      fc.property(flags, (f) => {
        const level = evidenceLevel(f);
        const rank = EVIDENCE_LEVELS.indexOf(level); // 0 None ... 5 Strategic; flag i is level i + 1
        const gaps = evidenceGapList(f);
        const expectedGaps = PROVEN_LEVELS.filter((_, i) => i + 1 < rank && !f[i]);
        return (rank === 0 ? f.every((x) => !x) : f[rank - 1] === true && f.slice(rank).every((x) => !x)) && gaps.join() === expectedGaps.join();
      }),
    );
  });
});

describe("parseEvidenceLevel", () => {
  test("names in any case with surrounding spaces, numbers 0 to 5, digits in text", () => {
    expect(unwrap(parseEvidenceLevel(" operational "))).toBe("Operational");
    expect(unwrap(parseEvidenceLevel("STRATEGIC"))).toBe("Strategic");
    expect(EVIDENCE_LEVELS.map((_, i) => unwrap(parseEvidenceLevel(i)))).toEqual([...EVIDENCE_LEVELS]);
    expect(unwrap(parseEvidenceLevel("2"))).toBe("Behavioural");
  });

  test("anything else is a value error listing what is accepted", () => {
    const listing = expect.stringContaining("None, Technical, Behavioural, Operational, Financial, Strategic, or a number from 0 (None) to 5 (Strategic)");
    for (const bad of ["Proven", 6, 2.5, -1, true, null, "", "10"]) {
      expect(parseEvidenceLevel(bad)).toEqual({ ok: false, error: { kind: "value", message: listing } });
    }
  });
});

describe("valueClass", () => {
  test("the value-class table (AIVM.VALUECLASS in the README), without a mandate and with each mandate", () => {
    const expected: Record<EvidenceLevel, string> = {
      None: "Unsupported optimism",
      Technical: "Capability value",
      Behavioural: "Evidenced leading indicator",
      Operational: "Evidenced leading indicator",
      Financial: "Realised value",
      Strategic: "Realised value",
    };
    for (const level of EVIDENCE_LEVELS) {
      expect(valueClass(level)).toBe(expected[level]);
      for (const mandate of MANDATES.filter((m) => m !== "Create strategic options")) expect(valueClass(level, mandate)).toBe(expected[level]);
    }
  });

  test("the strategic options mandate turns Technical, Behavioural and Operational into Strategic option value", () => {
    const classes = EVIDENCE_LEVELS.map((level) => valueClass(level, "Create strategic options"));
    expect(classes).toEqual(["Unsupported optimism", "Strategic option value", "Strategic option value", "Strategic option value", "Realised value", "Realised value"]);
  });

  test("Financial among the gaps caps Financial and Strategic evidence below Realised value", () => {
    // EVIDENCEGAPS(TRUE, TRUE, TRUE, FALSE, TRUE): level Strategic, gap "Financial". The strategic position
    // moved but no financial line has been shown to: a leading indicator, or an option for that mandate.
    const gaps = evidenceGapList([true, true, true, false, true]);
    expect(gaps).toEqual(["Financial"]);
    expect(valueClass("Strategic", null, gaps)).toBe("Evidenced leading indicator");
    expect(valueClass("Strategic", "Grow revenue", gaps)).toBe("Evidenced leading indicator");
    expect(valueClass("Strategic", "Create strategic options", gaps)).toBe("Strategic option value");
    expect(valueClass("Financial", null, ["Financial"])).toBe("Evidenced leading indicator");
    // Gaps below Financial leave Realised value alone: EVIDENCEGAPS(FALSE, FALSE, TRUE, TRUE, FALSE) is
    // "Technical, Behavioural" at level Financial.
    expect(valueClass("Financial", null, ["Technical", "Behavioural"])).toBe("Realised value");
    // Below Financial the gaps change nothing.
    expect(EVIDENCE_LEVELS.slice(0, 4).map((level) => valueClass(level, null, ["Financial"]))).toEqual(EVIDENCE_LEVELS.slice(0, 4).map((level) => valueClass(level)));
  });

  test("property: no gaps is the contract's Value class (layout-formulas calls valueClass(level, mandate))", () => {
    fc.assert(
      fc.property(fc.constantFrom(...EVIDENCE_LEVELS), fc.constantFrom(null, ...MANDATES), (level, mandate) => valueClass(level, mandate, []) === valueClass(level, mandate)),
    );
  });

  test("gaps text as EVIDENCEGAPS writes it, read leniently: case, spaces and empty pieces ignored", () => {
    expect(unwrap(parseEvidenceGaps("Behavioural, Operational"))).toEqual(["Behavioural", "Operational"]);
    expect(unwrap(parseEvidenceGaps(" financial ,STRATEGIC,, "))).toEqual(["Financial", "Strategic"]);
    for (const blank of [null, "", "  "]) expect(unwrap(parseEvidenceGaps(blank))).toEqual([]);
    fc.assert(fc.property(flags, (f) => unwrap(parseEvidenceGaps(evidenceGaps(f))).join() === evidenceGapList(f).join()));
  });

  test("an unknown name in the gaps, or a number or logical, is a value error naming gaps", () => {
    const listing = "gaps expects level names from Technical, Behavioural, Operational, Financial, Strategic, separated by commas";
    expect(parseEvidenceGaps("Behavioural; Financial")).toEqual({ ok: false, error: { kind: "value", message: expect.stringContaining(`${listing} (the text AIVM.EVIDENCEGAPS returns); "Behavioural; Financial" is not one of them.`) } });
    expect(parseEvidenceGaps("None")).toEqual({ ok: false, error: { kind: "value", message: expect.stringContaining('"None" is not one of them') } });
    expect(parseEvidenceGaps(4)).toEqual({ ok: false, error: { kind: "value", message: expect.stringMatching(/; not 4\.$/) } });
    expect(parseEvidenceGaps(true, "missing").ok).toBe(false);
  });

  test("mandates are matched by name; blank means none; anything else lists the five", () => {
    expect(unwrap(parseMandate("  create STRATEGIC options "))).toBe("Create strategic options");
    expect(unwrap(parseMandate(null))).toBeNull();
    expect(unwrap(parseMandate(""))).toBeNull();
    expect(parseMandate("Cut costs")).toEqual({ ok: false, error: { kind: "value", message: expect.stringContaining(MANDATES.join("; ")) } });
    expect(parseMandate(3).ok).toBe(false);
  });
});

describe("riskAdjusted", () => {
  test("default weights: None 0, Technical 0.1, Behavioural 0.25, Operational 0.5, Financial 1, Strategic 1", () => {
    expect(EVIDENCE_LEVELS.map((level) => unwrap(riskAdjusted(1000, level)))).toEqual([0, 100, 250, 500, 1000, 1000]);
    expect(DEFAULT_RISK_WEIGHTS.Operational).toBe(0.5);
  });

  test("own weights, six fractions in level order", () => {
    const weights = unwrap(riskWeightsFromArray([0, 0.2, 0.4, 0.6, 0.8, 1]));
    // 500 claimed with Financial evidence weighted 0.8: 500 x 0.8 = 400.
    expect(unwrap(riskAdjusted(500, "Financial", weights))).toBe(400);
  });

  test("a negative amount is a cost and counts in full, whatever the evidence or weights", () => {
    // A cost of 800 behind Behavioural evidence (weight 0.25) stays -800, not -800 x 0.25 = -200.
    expect(unwrap(riskAdjusted(-800, "Behavioural"))).toBe(-800);
    expect(EVIDENCE_LEVELS.map((level) => unwrap(riskAdjusted(-1000, level)))).toEqual([-1000, -1000, -1000, -1000, -1000, -1000]);
    const weights = unwrap(riskWeightsFromArray([0, 0.2, 0.4, 0.6, 0.8, 1]));
    expect(unwrap(riskAdjusted(-500, "Financial", weights))).toBe(-500);
    expect(unwrap(riskAdjusted(0, "None"))).toBe(0);
  });

  test("property: costs unweighted, benefits between 0 and the amount", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.constantFrom(...EVIDENCE_LEVELS), (amount, level) => {
        const adjusted = unwrap(riskAdjusted(amount, level));
        return amount < 0 ? adjusted === amount : adjusted >= 0 && adjusted <= amount;
      }),
    );
  });

  test("weights of the wrong count are value errors; outside [0, 1] num errors naming the cell", () => {
    expect(riskWeightsFromArray([0, 1])).toEqual({ ok: false, error: { kind: "value", message: expect.stringContaining("6 cells") } });
    expect(riskWeightsFromArray([0, 0.1, 1.5, 0.5, 1, 1])).toEqual({ ok: false, error: { kind: "num", message: expect.stringContaining("cell 3, Behavioural") } });
    expect(riskAdjusted(Infinity, "None").ok).toBe(false);
  });

  test("never more in magnitude than the amount; stronger evidence never counts for less under the defaults", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.integer({ min: 0, max: 4 }), (amount, rank) => {
        const lower = Math.abs(unwrap(riskAdjusted(amount, EVIDENCE_LEVELS[rank] ?? "None")));
        const higher = Math.abs(unwrap(riskAdjusted(amount, EVIDENCE_LEVELS[rank + 1] ?? "None")));
        return lower <= higher && higher <= Math.abs(amount);
      }),
    );
  });
});
