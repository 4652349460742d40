import { avoidedLoss, capturedValue } from "../../src/functions/counterfactual-functions";
import { excel } from "./excel-cell";

describe("CAPTUREDVALUE", () => {
  test("hours x value per hour x capture rate; 1x1 ranges count as their value", () => {
    expect(capturedValue(2000, 45, 0.6)).toBe(54000);
    expect(capturedValue([[2000]], [[45]], 0.6)).toBe(54000);
  });

  test("a capture rate above 1 is #NUM! naming captureRate", () => {
    expect(excel(() => capturedValue(2000, 45, 60))).toEqual({ code: "#NUM!", message: expect.stringContaining("captureRate") });
  });

  test("text or TRUE where a number belongs is #VALUE! naming the argument", () => {
    expect(excel(() => capturedValue("2000 hours", 45, 0.6))).toEqual({ code: "#VALUE!", message: expect.stringMatching(/^hoursReleased expects a number.*"2000 hours"/) });
    expect(excel(() => capturedValue(2000, true, 0.6))).toEqual({ code: "#VALUE!", message: expect.stringContaining("valuePerHour") });
    expect(excel(() => capturedValue(2000, 45, [[0.5, 0.6]]))).toEqual({ code: "#VALUE!", message: expect.stringContaining("captureRate expects a single cell") });
  });
});

describe("AVOIDEDLOSS", () => {
  test("omitted impactWith (null) takes impactWithout", () => {
    // 0.1 x 2,000,000 - 0.04 x 2,000,000 = 120,000
    expect(avoidedLoss(0.1, 2e6, 0.04, null)).toBeCloseTo(120000, 6);
    expect(avoidedLoss(0.1, 2e6, 0.04)).toBeCloseTo(120000, 6);
  });

  test("with its own impact, and negative when exposure grows", () => {
    expect(avoidedLoss(12, 50000, 3, 40000)).toBe(480000);
    expect(avoidedLoss(1, 100, 2, 100)).toBe(-100);
  });

  test("a negative likelihood is #NUM! naming it; text is #VALUE!", () => {
    expect(excel(() => avoidedLoss(0.1, 100, -0.2, null))).toEqual({ code: "#NUM!", message: expect.stringContaining("likelihoodWith ") });
    expect(excel(() => avoidedLoss(0.1, "high", 0.2, null))).toEqual({ code: "#VALUE!", message: expect.stringContaining("impactWithout") });
  });
});
