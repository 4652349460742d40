import fc from "fast-check";
import { suggestDecision, type SuggestionInput } from "../../src/domain/decision-suggestion";
import { EVIDENCE_LEVELS } from "../../src/domain/lists";

// A contract that expands at 500k realised and stops below 100k, reviewed with financial evidence.
const base: SuggestionInput = {
  realisedToDate: 250_000,
  forecastValue: null,
  evidenceLevel: "Financial",
  expandAtValue: 500_000,
  stopBelowValue: 100_000,
};
const money = (amount: number): string => `£${amount.toLocaleString("en-GB")}`;

describe("suggestDecision", () => {
  test.each<[string, Partial<SuggestionInput>, string, string]>([
    ["no thresholds", { expandAtValue: null, stopBelowValue: null }, "Continue", "no-thresholds"],
    ["thresholds the wrong way round", { expandAtValue: 50_000 }, "Continue", "thresholds-contradict"],
    ["no realised value entered", { realisedToDate: null }, "Continue", "no-realised-value"],
    ["below stop, forecast recovers", { realisedToDate: 80_000, forecastValue: 100_000 }, "Redesign", "below-stop-forecast-recovers"],
    ["below stop with financial evidence", { realisedToDate: 80_000, forecastValue: 90_000 }, "Terminate", "below-stop-evidenced"],
    ["below stop with strategic evidence", { realisedToDate: 80_000, evidenceLevel: "Strategic" }, "Terminate", "below-stop-evidenced"],
    ["below stop with operational evidence", { realisedToDate: 80_000, evidenceLevel: "Operational" }, "Pause", "below-stop-weak-evidence"],
    ["exactly at expand with financial evidence", { realisedToDate: 500_000 }, "Expand", "at-expand-evidenced"],
    ["above expand with behavioural evidence", { realisedToDate: 900_000, evidenceLevel: "Behavioural" }, "Continue", "at-expand-weak-evidence"],
    ["between, forecast falls below stop", { forecastValue: 99_999 }, "Redesign", "forecast-below-stop"],
    ["between thresholds", {}, "Continue", "between-thresholds"],
    ["exactly at stop is not below it", { realisedToDate: 100_000 }, "Continue", "between-thresholds"],
    ["only a stop value, above it", { expandAtValue: null }, "Continue", "between-thresholds"],
    ["only an expand value, reached", { stopBelowValue: null, realisedToDate: 600_000 }, "Expand", "at-expand-evidenced"],
  ])("%s", (_, change, decision, rule) => {
    const suggestion = suggestDecision({ ...base, ...change }, money);
    expect(suggestion.decision).toBe(decision);
    expect(suggestion.rule).toBe(rule);
  });

  test("the reason names the amounts that decided it, written by the caller's formatter", () => {
    expect(suggestDecision({ ...base, realisedToDate: 80_000, evidenceLevel: "Operational" }, money).reason).toBe(
      "Realised value to date (£80,000) is below the Stop below value (£100,000), but evidence is at Operational level: " +
        "pause and gather Financial evidence before deciding to terminate.",
    );
    expect(suggestDecision({ ...base, realisedToDate: 500_000 }, money).reason).toBe(
      "Realised value to date (£500,000) has reached the Expand at value (£500,000) and evidence is at Financial level.",
    );
    expect(suggestDecision({ ...base, expandAtValue: null }, money).reason).toBe(
      "Realised value to date (£250,000) is at or above the Stop below value (£100,000).",
    );
    expect(suggestDecision({ ...base, realisedToDate: 900_000, evidenceLevel: "None" }).reason).toContain("evidence is absent");
  });

  const anyInput = fc.record({
    realisedToDate: fc.option(fc.integer({ min: -1e9, max: 1e9 })),
    forecastValue: fc.option(fc.integer({ min: -1e9, max: 1e9 })),
    evidenceLevel: fc.constantFrom(...EVIDENCE_LEVELS),
    expandAtValue: fc.option(fc.integer({ min: -1e9, max: 1e9 })),
    stopBelowValue: fc.option(fc.integer({ min: -1e9, max: 1e9 })),
  });
  const evidenced = (input: SuggestionInput): boolean => input.evidenceLevel === "Financial" || input.evidenceLevel === "Strategic";

  test("Expand only on realised value at or above the expand value with financial evidence or better", () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        if (suggestDecision(input).decision !== "Expand") return;
        expect(input.expandAtValue).not.toBeNull();
        expect(input.realisedToDate).toBeGreaterThanOrEqual(input.expandAtValue ?? Infinity);
        expect(evidenced(input)).toBe(true);
      }),
    );
  });

  test("Terminate only on realised value below the stop value with financial evidence or better", () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        if (suggestDecision(input).decision !== "Terminate") return;
        expect(input.realisedToDate).toBeLessThan(input.stopBelowValue ?? -Infinity);
        expect(evidenced(input)).toBe(true);
      }),
    );
  });

  test("every suggestion gives a reason", () => {
    fc.assert(fc.property(anyInput, (input) => expect(suggestDecision(input).reason.length).toBeGreaterThan(20)));
  });
});
