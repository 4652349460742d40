import { avoidedLossRange, valueRange } from "../../src/functions/uncertainty-functions";
import { excel, omitted } from "./excel-cell";

const asColumn = (row: unknown[][]): unknown[][] => (row[0] ?? []).map((cellValue) => [cellValue]);

// A realistic case: revenue and capacity uncertain, costs uncertain, two components certain.
const low = [[400_000, 50_000, 20_000, 0, 0, 150_000, 20_000, 0, 0]];
const likely = [[600_000, 80_000, 40_000, 10_000, 0, 200_000, 40_000, 10_000, 0]];
const high = [[900_000, 100_000, 80_000, 30_000, 0, 320_000, 90_000, 40_000, 0]];

describe("VALUERANGE", () => {
  test("spills one row of five: mean, P10 <= P50 <= P90, and a probability", () => {
    const rows = valueRange(low, likely, high, null, null);
    expect(rows).toHaveLength(1);
    const [mean = NaN, p10 = NaN, p50 = NaN, p90 = NaN, belowZero = NaN] = rows[0] ?? [];
    expect(rows[0]).toHaveLength(5);
    expect(p10).toBeLessThanOrEqual(p50);
    expect(p50).toBeLessThanOrEqual(p90);
    // PERT means (a + 4m + b) / 6: benefits 616,667 + 78,333 + 43,333 + 11,667; costs 211,667 + 45,000 + 13,333.
    // Net 480,000. The PERT variances (mean - low)(high - mean) / 7 sum to 1.02e10, so the mean of 10,000
    // trials has a standard error of about 1,000: 4,000 is four of them.
    expect(Math.abs(mean - 480_000)).toBeLessThan(4_000);
    expect(belowZero).toBe(0); // the worst case, 470,000 - 450,000, is still positive
  });

  test("omitted trials and seed arrive as null and mean 10,000 trials and seed 1", () => {
    expect(valueRange(low, likely, high, null, null)).toEqual(valueRange(low, likely, high, 10_000, 1));
    expect(valueRange(low, likely, high, "", [[null]])).toEqual(valueRange(low, likely, high, 10_000, 1));
  });

  test("row or column ranges give the same figures; a 1x1 range counts as its value", () => {
    expect(valueRange(asColumn(low), asColumn(likely), asColumn(high), 500, 7)).toEqual(valueRange(low, likely, high, [[500]], [[7]]));
  });

  test("certain components (low = likely = high) give REALISEDVALUE in every statistic; blanks are 0", () => {
    const certain = [[1000, null, "", 0, 0, 400, 0, 0, 0]];
    expect(valueRange(certain, certain, certain, 100, 1)).toEqual([[600, 600, 600, 600, 0]]);
    const loss = [[100, 0, 0, 0, 0, 400, 0, 0, 0]];
    expect(valueRange(loss, loss, loss, 100, 1)).toEqual([[-300, -300, -300, -300, 1]]);
  });

  test("another seed gives other draws, the same seed the same figures", () => {
    expect(valueRange(low, likely, high, 1000, 2)).not.toEqual(valueRange(low, likely, high, 1000, 1));
    expect(valueRange(low, likely, high, 1000, 2)).toEqual(valueRange(low, likely, high, 1000, 2));
  });

  test("text in a range is #VALUE! naming the argument and cell", () => {
    const withText = [[400_000, "about 50k", 20_000, 0, 0, 150_000, 20_000, 0, 0]];
    expect(excel(() => valueRange(withText, likely, high, null, null))).toEqual({
      code: "#VALUE!",
      message: 'low (cell 2) expects a number, not the text "about 50k".',
    });
  });

  test("a range of the wrong size or shape is #VALUE! naming the argument", () => {
    expect(excel(() => valueRange(low, [[1, 2, 3]], high, null, null))).toEqual({
      code: "#VALUE!",
      message: "likely expects 9 cells in one row or column; it has 3.",
    });
    expect(excel(() => valueRange(low, likely, [[1, 2], [3, 4]], null, null))).toEqual({
      code: "#VALUE!",
      message: expect.stringMatching(/^high must be a single row or a single column/),
    });
  });

  test("low above likely is #NUM! naming the component", () => {
    expect(excel(() => valueRange(likely, low, high, null, null))).toEqual({
      code: "#NUM!",
      message: "Component 1 (Incremental revenue): low (600000) is above likely (400000); enter low <= likely <= high.",
    });
  });

  test("a negative amount is #NUM!", () => {
    const negative = [[400_000, 50_000, 20_000, 0, 0, -150_000, 20_000, 0, 0]];
    expect(excel(() => valueRange(negative, likely, high, null, null))).toEqual({
      code: "#NUM!",
      message: expect.stringMatching(/^low \(cell 6\) must be 0 or more \(enter costs as positive amounts\); it is/),
    });
  });

  test("trials outside 100 to 1,000,000 or not whole is #NUM!; text is #VALUE!", () => {
    for (const trials of [99, 1_000_001, 2500.5]) {
      expect(excel(() => valueRange(low, likely, high, trials, null))).toEqual({
        code: "#NUM!",
        message: `trials must be from 100 to 1,000,000 (whole); it is ${trials}.`,
      });
    }
    expect(excel(() => valueRange(low, likely, high, "many", null))).toEqual({
      code: "#VALUE!",
      message: expect.stringMatching(/^trials expects a number/),
    });
  });

  test("a negative or fractional seed is #NUM!", () => {
    expect(excel(() => valueRange(low, likely, high, null, -1))).toEqual({ code: "#NUM!", message: expect.stringMatching(/^seed must be a whole number 0 or more/) });
    expect(excel(() => valueRange(low, likely, high, null, 1.5))).toEqual({ code: "#NUM!", message: expect.stringContaining("seed") });
  });
});

describe("AVOIDEDLOSSRANGE", () => {
  const frequencyWithout = [[0.2, 0.5, 1.5]];
  const impactWithout = [[50_000, 120_000, 400_000]];
  const frequencyWith = [[0.05, 0.1, 0.4]];

  test("spills one row of four: mean, P10 <= P50 <= P90, positive when the intervention cuts frequency", () => {
    const rows = avoidedLossRange(frequencyWithout, impactWithout, frequencyWith, omitted, null, null);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveLength(4);
    const [mean = NaN, p10 = NaN, p50 = NaN, p90 = NaN] = rows[0] ?? [];
    expect(p10).toBeLessThanOrEqual(p50);
    expect(p50).toBeLessThanOrEqual(p90);
    // With common random numbers each trial is (f_without - f_with) x impact, both frequencies at the same
    // quantile; PERT(0.2, 0.5, 1.5) lies above PERT(0.05, 0.1, 0.4) at every quantile, so no trial is negative.
    expect(p10).toBeGreaterThanOrEqual(0);
    // Mean of frequency x impact factorises (independent draws): (0.2 + 2 + 1.5) / 6 - (0.05 + 0.4 + 0.4) / 6
    // = 0.475 events per year avoided, x mean impact (50,000 + 480,000 + 400,000) / 6 = 155,000: 73,625.
    expect(Math.abs(mean - 73_625)).toBeLessThan(2_500);
  });

  test("identical with and without ranges give exactly 0", () => {
    expect(avoidedLossRange(frequencyWithout, impactWithout, frequencyWithout, impactWithout, null, 9)).toEqual([[0, 0, 0, 0]]);
  });

  test("omitted impactWith means impactWithout; omitted trials and seed mean 10,000 and 1", () => {
    expect(avoidedLossRange(frequencyWithout, impactWithout, frequencyWith, omitted, null, null)).toEqual(
      avoidedLossRange(frequencyWithout, impactWithout, frequencyWith, impactWithout, 10_000, 1),
    );
  });

  test("ranges may be rows or columns", () => {
    expect(avoidedLossRange(asColumn(frequencyWithout), asColumn(impactWithout), asColumn(frequencyWith), omitted, 300, 4)).toEqual(
      avoidedLossRange(frequencyWithout, impactWithout, frequencyWith, omitted, 300, 4),
    );
  });

  test("a range that is not 3 cells is #VALUE! naming the argument; text is #VALUE!", () => {
    expect(excel(() => avoidedLossRange([[0.2, 0.5]], impactWithout, frequencyWith, omitted, null, null))).toEqual({
      code: "#VALUE!",
      message: "frequencyWithout expects 3 cells in one row or column; it has 2.",
    });
    expect(excel(() => avoidedLossRange(frequencyWithout, impactWithout, frequencyWith, [["high", 1, 2]], null, null))).toEqual({
      code: "#VALUE!",
      message: 'impactWith (cell 1) expects a number, not the text "high".',
    });
  });

  test("min above most likely or a negative value is #NUM!", () => {
    expect(excel(() => avoidedLossRange(frequencyWithout, [[200_000, 120_000, 400_000]], frequencyWith, omitted, null, null))).toEqual({
      code: "#NUM!",
      message: "impactWithout: min (200000) is above most likely (120000); enter min <= most likely <= max.",
    });
    expect(excel(() => avoidedLossRange(frequencyWithout, impactWithout, [[-0.1, 0.1, 0.4]], omitted, null, null))).toEqual({
      code: "#NUM!",
      message: "frequencyWith (cell 1) must be 0 or more; it is -0.1.",
    });
  });

  test("trials and seed follow VALUERANGE's rules", () => {
    expect(excel(() => avoidedLossRange(frequencyWithout, impactWithout, frequencyWith, omitted, 10, null))).toEqual({
      code: "#NUM!",
      message: "trials must be from 100 to 1,000,000 (whole); it is 10.",
    });
    expect(excel(() => avoidedLossRange(frequencyWithout, impactWithout, frequencyWith, omitted, null, -3))).toEqual({
      code: "#NUM!",
      message: expect.stringContaining("seed"),
    });
  });
});
