import fc from "fast-check";
import { contractFigures } from "../../src/domain/contract-figures";
import { phasedThreshold, suggestDecision, type SuggestionInput } from "../../src/domain/decision-suggestion";
import { EVIDENCE_LEVELS } from "../../src/domain/lists";
import { sampleContracts } from "../../src/domain/sample-contracts";

// A contract that expands at 500k realised a year and stops below 100k a year, reviewed twelve months
// in (so the thresholds phase to themselves) with financial evidence and no plan to date known.
const base: SuggestionInput = {
  realisedToDate: 250_000,
  planToDate: null,
  forecastValue: null,
  evidenceLevel: "Financial",
  expandAtValue: 500_000,
  stopBelowValue: 100_000,
  elapsedMonths: 12,
};
const money = (amount: number): string => `£${amount.toLocaleString("en-GB", { maximumFractionDigits: 0 })}`;

describe("suggestDecision", () => {
  test.each<[string, Partial<SuggestionInput>, string | null, string]>([
    ["no thresholds", { expandAtValue: null, stopBelowValue: null }, "Continue", "no-thresholds"],
    ["thresholds the wrong way round", { expandAtValue: 50_000 }, "Continue", "thresholds-contradict"],
    ["no realised value entered", { realisedToDate: null }, "Continue", "no-realised-value"],
    ["no time elapsed", { elapsedMonths: 0 }, "Continue", "no-time-elapsed"],
    ["below stop, forecast recovers", { realisedToDate: 80_000, forecastValue: 100_000 }, "Redesign", "below-stop-forecast-recovers"],
    ["below stop with financial evidence", { realisedToDate: 80_000, forecastValue: 90_000 }, "Terminate", "below-stop-evidenced"],
    ["below stop with strategic evidence", { realisedToDate: 80_000, evidenceLevel: "Strategic" }, "Terminate", "below-stop-evidenced"],
    ["below stop with operational evidence", { realisedToDate: 80_000, evidenceLevel: "Operational" }, "Pause", "below-stop-weak-evidence"],
    ["exactly at expand with financial evidence", { realisedToDate: 500_000 }, "Expand", "at-expand-evidenced"],
    ["above expand with behavioural evidence", { realisedToDate: 900_000, evidenceLevel: "Behavioural" }, null, "value-without-evidence"],
    ["at expand, forecast a loss", { realisedToDate: 500_000, forecastValue: -1 }, "Redesign", "forecast-negative"],
    ["at expand, forecast below stop", { realisedToDate: 500_000, forecastValue: 99_999 }, "Redesign", "forecast-below-stop"],
    ["between, forecast falls below stop", { forecastValue: 99_999 }, "Redesign", "forecast-below-stop"],
    ["between, forecast a loss with no stop value", { stopBelowValue: null, forecastValue: -1 }, "Redesign", "forecast-negative"],
    ["between thresholds", {}, "Continue", "between-thresholds"],
    ["exactly at stop is not below it", { realisedToDate: 100_000 }, "Continue", "between-thresholds"],
    ["only a stop value, above it", { expandAtValue: null }, "Continue", "between-thresholds"],
    ["only an expand value, reached", { stopBelowValue: null, realisedToDate: 600_000 }, "Expand", "at-expand-evidenced"],
    ["elapsed time unknown: annual thresholds as they stand", { elapsedMonths: null, realisedToDate: 500_000 }, "Expand", "at-expand-evidenced"],
    ["a likely loss with operational evidence", { lossProbability: 0.62, evidenceLevel: "Operational" }, "Pause", "likely-loss-weak-evidence"],
    ["a likely loss with no thresholds and technical evidence", { lossProbability: 0.51, evidenceLevel: "Technical", expandAtValue: null, stopBelowValue: null }, "Pause", "likely-loss-weak-evidence"],
    ["a likely loss measured with financial evidence: the measurement decides", { lossProbability: 0.9 }, "Continue", "between-thresholds"],
    ["a loss exactly at the default pause level is not above it", { lossProbability: 0.5, evidenceLevel: "Operational" }, "Continue", "between-thresholds"],
    ["a workbook pausing above 30%", { lossProbability: 0.35, pauseLossProbability: 0.3, evidenceLevel: "Behavioural" }, "Pause", "likely-loss-weak-evidence"],
    ["no simulation", { lossProbability: null, evidenceLevel: "Operational" }, "Continue", "between-thresholds"],
  ])("%s", (_, change, decision, rule) => {
    const suggestion = suggestDecision({ ...base, ...change }, money);
    expect(suggestion.decision).toBe(decision);
    expect(suggestion.rule).toBe(rule);
  });

  test("a Pause for a likely loss says how likely, against what level, and what evidence is missing", () => {
    const suggestion = suggestDecision({ ...base, lossProbability: 0.623, pauseLossProbability: 0.4, evidenceLevel: "Behavioural" }, money);
    expect(suggestion.reason).toMatch(/^The contract's ranges give a 62% chance that its value a year is negative, above the workbook's pause level of 40%, and evidence is at Behavioural level: pause and gather Financial evidence/);
    // Under 1% keeps a decimal, so a small chance never reads as 0%.
    expect(suggestDecision({ ...base, lossProbability: 0.004, pauseLossProbability: 0.001, evidenceLevel: "None" }).reason).toContain("a 0.4% chance");
  });

  test("the reason names the amounts that decided it, written by the caller's formatter", () => {
    expect(suggestDecision({ ...base, realisedToDate: 80_000, evidenceLevel: "Operational" }, money).reason).toBe(
      "Realised value to date (£80,000) is below the Stop below value phased to 12 months (£100,000 of £100,000 a year), " +
        "but evidence is at Operational level: pause and gather Financial evidence before deciding to terminate. " +
        "No plan to date is known to compare it with.",
    );
    expect(suggestDecision({ ...base, realisedToDate: 500_000, planToDate: 400_000 }, money).reason).toBe(
      "Realised value to date (£500,000) has reached the Expand at value phased to 12 months (£500,000 of £500,000 a year) " +
        "and evidence is at Financial level. That is 125% of the plan to date (£400,000).",
    );
    expect(suggestDecision({ ...base, expandAtValue: null, elapsedMonths: null, planToDate: -50_000 }, money).reason).toBe(
      "Realised value to date (£250,000) is at or above the Stop below value (£100,000 a year). " +
        "No elapsed time is known, so the annual thresholds are compared with the value to date as they stand. " +
        "The plan to date is £-50,000, so realised value is £300,000 ahead of it.",
    );
    expect(suggestDecision({ ...base, realisedToDate: 90_000, evidenceLevel: "None" }).reason).toContain("evidence is absent");
  });

  describe("worked examples: the churn sample, exactly on plan", () => {
    // "Early warning of key-account churn" in src/domain/sample-contracts.ts, whose amounts are a year:
    // protected earnings 1,450,000 less costs 180,000 + 60,000 + 90,000 + 70,000 + 25,000 + 30,000
    // + 120,000 (technology, data, integration, change, governance, quality control, operating)
    // + 40,000 friction + 20,000 risk failures = 635,000, so the plan nets 815,000 a year,
    // 815,000 / 12 = 67,916.67 a month. It expands at 1,000,000 and stops below 200,000 a year.
    const churn: SuggestionInput = {
      realisedToDate: 68_000,
      planToDate: 815_000 / 12,
      forecastValue: 815_000,
      evidenceLevel: "Financial",
      expandAtValue: 1_000_000,
      stopBelowValue: 200_000,
      elapsedMonths: 1,
    };

    test("the sample's figures are the ones worked out here", () => {
      const [sample] = sampleContracts("2026-06-30", ["VC-0001"]);
      expect(sample?.title).toBe("Early warning of key-account churn");
      expect(sample && contractFigures(sample).plannedValue).toBe(815_000);
      expect([sample?.expandAtValue, sample?.stopBelowValue]).toEqual([1_000_000, 200_000]);
    });

    test("one month in, 68,000 realised is above the stop phased to 16,667: Continue, not Terminate", () => {
      // Stop: 200,000 x 1 / 12 = 16,666.67; expand: 1,000,000 x 1 / 12 = 83,333.33.
      // 68,000 / 67,916.67 = 1.0012, 100% of plan. Read whole, 68,000 < 200,000 would say Terminate
      // (with no forecast entered; the forecast of 815,000 reaching 200,000 would make it Redesign).
      expect(phasedThreshold(200_000, 1)).toBeCloseTo(16_666.67, 2);
      const suggestion = suggestDecision(churn, money);
      expect(suggestion.decision).toBe("Continue");
      expect(suggestion.reason).toBe(
        "Realised value to date (£68,000) is at or above the Stop below value phased to 1 month (£16,667 of £200,000 a year) " +
          "and below the Expand at value phased to 1 month (£83,333 of £1,000,000 a year). That is 100% of the plan to date (£67,917).",
      );
      expect(suggestDecision({ ...churn, forecastValue: null }, money).decision).toBe("Continue");
      expect(suggestDecision({ ...churn, forecastValue: null, elapsedMonths: null }, money).decision).toBe("Terminate");
      expect(suggestDecision({ ...churn, elapsedMonths: null }, money).decision).toBe("Redesign");
    });

    test("two years in, 1,630,000 realised is below the expand phased to 2,000,000: no premature Expand", () => {
      // Plan to date 815,000 x 2 = 1,630,000; expand 1,000,000 x 24 / 12 = 2,000,000; stop 200,000 x 2 = 400,000.
      const twoYears = { ...churn, realisedToDate: 1_630_000, planToDate: 1_630_000, elapsedMonths: 24 };
      const suggestion = suggestDecision(twoYears, money);
      expect(suggestion.rule).toBe("between-thresholds");
      expect(suggestion.decision).toBe("Continue");
      expect(suggestion.reason).toContain("below the Expand at value phased to 24 months (£2,000,000 of £1,000,000 a year)");
      expect(suggestion.reason).toContain("That is 100% of the plan to date (£1,630,000).");
      // Read whole, 1,630,000 >= 1,000,000 would expand; phased, it takes 2,000,000 (123% of plan).
      expect(suggestDecision({ ...twoYears, elapsedMonths: null }, money).decision).toBe("Expand");
      expect(suggestDecision({ ...twoYears, realisedToDate: 2_000_000 }, money).decision).toBe("Expand");
    });
  });

  test("1.2m realised with financial evidence but a forecast of -500k: Redesign, not Expand", () => {
    // Twelve months in, 1,200,000 >= 500,000 expand would expand; the forecast loss is taken first.
    const suggestion = suggestDecision({ ...base, realisedToDate: 1_200_000, forecastValue: -500_000 }, money);
    expect(suggestion.decision).toBe("Redesign");
    expect(suggestion.rule).toBe("forecast-negative");
    expect(suggestion.reason).toContain("The forecast (£-500,000) is a loss, so whatever is realised to date (£1,200,000) this is no time to expand");
  });

  test("value at or above the expand without financial evidence is a contradiction to resolve, not a decision", () => {
    // 600,000 >= 500,000 (12 months in) with operational evidence: claimed as realised without the evidence to call it that.
    const suggestion = suggestDecision({ ...base, realisedToDate: 600_000, evidenceLevel: "Operational", planToDate: 300_000 }, money);
    expect(suggestion.decision).toBeNull();
    expect(suggestion.rule).toBe("value-without-evidence");
    expect(suggestion.reason).toBe(
      "Realised value to date (£600,000) has reached the Expand at value phased to 12 months (£500,000 of £500,000 a year), " +
        "but evidence is at Operational level: that is value claimed as realised without the evidence to call it realised. " +
        "Either record the Financial evidence that shows it, or correct the realised figure. That is 200% of the plan to date (£300,000).",
    );
  });

  test("elapsed months below 0 or not a number are a caller's bug", () => {
    expect(() => suggestDecision({ ...base, elapsedMonths: -1 })).toThrow(RangeError);
    expect(() => suggestDecision({ ...base, elapsedMonths: Number.NaN })).toThrow(RangeError);
  });

  const amount = fc.option(fc.integer({ min: -1e9, max: 1e9 }));
  const anyInput = fc.record({
    realisedToDate: amount,
    planToDate: amount,
    forecastValue: amount,
    evidenceLevel: fc.constantFrom(...EVIDENCE_LEVELS),
    expandAtValue: amount,
    stopBelowValue: amount,
    elapsedMonths: fc.option(fc.integer({ min: 0, max: 120 })),
  });
  const evidenced = (input: SuggestionInput): boolean => input.evidenceLevel === "Financial" || input.evidenceLevel === "Strategic";
  const phased = (input: SuggestionInput, annual: number | null): number | null =>
    annual === null || input.elapsedMonths === null ? annual : (annual * input.elapsedMonths) / 12;

  test("Expand only on realised value at or above the phased expand, financial evidence or better, and no forecast loss", () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        if (suggestDecision(input).decision !== "Expand") return;
        expect(input.realisedToDate).toBeGreaterThanOrEqual(phased(input, input.expandAtValue) ?? Infinity);
        expect(evidenced(input)).toBe(true);
        expect(input.forecastValue ?? 0).toBeGreaterThanOrEqual(0);
        expect(input.forecastValue ?? Infinity).toBeGreaterThanOrEqual(phased(input, input.stopBelowValue) ?? -Infinity);
      }),
    );
  });

  test("Terminate only on realised value below the phased stop with financial evidence or better", () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        if (suggestDecision(input).decision !== "Terminate") return;
        expect(input.realisedToDate).toBeLessThan(phased(input, input.stopBelowValue) ?? -Infinity);
        expect(evidenced(input)).toBe(true);
      }),
    );
  });

  test("no decision only for value at or above the phased expand without financial evidence", () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const suggestion = suggestDecision(input);
        if (suggestion.decision !== null) return;
        expect(suggestion.rule).toBe("value-without-evidence");
        expect(input.realisedToDate).toBeGreaterThanOrEqual(phased(input, input.expandAtValue) ?? Infinity);
        expect(evidenced(input)).toBe(false);
      }),
    );
  });

  test("twelve months elapsed reads the annual thresholds as they stand", () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        expect(suggestDecision({ ...input, elapsedMonths: 12 }).rule).toBe(suggestDecision({ ...input, elapsedMonths: null }).rule);
      }),
    );
  });

  test("every suggestion gives a reason", () => {
    fc.assert(fc.property(anyInput, (input) => expect(suggestDecision(input).reason.length).toBeGreaterThan(20)));
  });
});
