import { avoidedLossRange, lossExceedance, portfolioRange, sensitivity, valueRange } from "../../src/functions/uncertainty-functions";
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

describe("PORTFOLIORANGE", () => {
  const second = [[100_000, 0, 5_000, 0, 0, 60_000, 10_000, 0, 0]];
  const secondLikely = [[150_000, 0, 5_000, 0, 0, 90_000, 10_000, 5_000, 0]];
  const secondHigh = [[300_000, 0, 5_000, 20_000, 0, 200_000, 40_000, 5_000, 8_000]];

  test("one row is VALUERANGE with the same seed, exactly", () => {
    expect(portfolioRange(low, likely, high, 2000, 5)).toEqual(valueRange(low, likely, high, 2000, 5));
    expect(portfolioRange(low, likely, high, null, null)).toEqual(valueRange(low, likely, high, null, null));
  });

  test("spills one row of five for several contracts, one a row", () => {
    const rows = portfolioRange([...low, ...second], [...likely, ...secondLikely], [...high, ...secondHigh], 1000, 1);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveLength(5);
    const [mean = NaN, p10 = NaN, p50 = NaN, p90 = NaN] = rows[0] ?? [];
    expect(p10 <= p50 && p50 <= p90).toBe(true);
    // PERT means: the first contract 480,000 (VALUERANGE's test), the second 175,000 + 5,000 + 3,333 less
    // 105,000 + 15,000 + 4,167 + 1,333 = 57,833; 537,833 in all, within about 4 standard errors.
    expect(Math.abs(mean - 537_833)).toBeLessThan(6_000);
  });

  test("a row that is not 9 cells, or rows that do not match, is #VALUE! naming the argument", () => {
    expect(excel(() => portfolioRange([[1, 2, 3]], likely, high))).toEqual({
      code: "#VALUE!",
      message: "low expects 9 columns, one contract a row in REALISEDVALUE's order; it has 3.",
    });
    expect(excel(() => portfolioRange([...low, ...second], likely, [...high, ...secondHigh]))).toEqual({
      code: "#VALUE!",
      message: "likely has 1 row and low has 2 rows: give one row per contract in each.",
    });
  });

  test("text, a negative amount or low above likely names the row and column", () => {
    expect(excel(() => portfolioRange([...low, [1, "lots", 0, 0, 0, 0, 0, 0, 0]], [...likely, ...secondLikely], [...high, ...secondHigh]))).toEqual({
      code: "#VALUE!",
      message: 'low (row 2, column 2) expects a number 0 or more (enter costs as positive amounts), not the text "lots".',
    });
    expect(excel(() => portfolioRange(low, likely, [[900_000, 100_000, 80_000, 30_000, 0, -1, 90_000, 40_000, 0]]))).toEqual({
      code: "#NUM!",
      message: "high (row 1, column 6) must be 0 or more (enter costs as positive amounts); it is -1.",
    });
    expect(excel(() => portfolioRange([...low, ...secondLikely], [...likely, ...second], [...high, ...secondHigh]))).toEqual({
      code: "#NUM!",
      message: "Row 2, component 1 (Incremental revenue): low (150000) is above likely (100000); enter low <= likely <= high.",
    });
  });

  test("trials and seed follow VALUERANGE's rules", () => {
    expect(excel(() => portfolioRange(low, likely, high, 10, null))).toEqual({ code: "#NUM!", message: "trials must be from 100 to 1,000,000 (whole); it is 10." });
    expect(excel(() => portfolioRange(low, likely, high, null, "x"))).toEqual({ code: "#VALUE!", message: expect.stringMatching(/^seed expects a number/) });
  });
});

describe("SENSITIVITY", () => {
  test("spills 9 rows of name, mean at P10 and mean at P90, in REALISEDVALUE's order", () => {
    const rows = sensitivity(low, likely, high, 2000, 1);
    expect(rows.map((row) => row[0])).toEqual([
      "Incremental revenue",
      "Protected earnings",
      "Released or redeployed capacity",
      "Avoided loss and exposure",
      "Strategic option value",
      "Full lifecycle cost",
      "Transition and organisational friction",
      "Quality, trust and risk failures",
      "Cannibalisation and second-order effects",
    ]);
    const [revenue, , , , option, cost] = rows;
    expect(revenue?.[1]).toBeLessThan(revenue?.[2]); // a benefit: more at its P90
    expect(cost?.[1]).toBeGreaterThan(cost?.[2]); // a cost: less at its P90
    expect(option?.[1]).toBe(option?.[2]); // option value is certain (0) here
  });

  test("argument checks as VALUERANGE's", () => {
    expect(excel(() => sensitivity(low, [[1, 2, 3]], high))).toEqual({ code: "#VALUE!", message: "likely expects 9 cells in one row or column; it has 3." });
    expect(excel(() => sensitivity(likely, low, high))).toEqual({
      code: "#NUM!",
      message: "Component 1 (Incremental revenue): low (600000) is above likely (400000); enter low <= likely <= high.",
    });
  });
});

describe("LOSSEXCEEDANCE", () => {
  const frequency = [[0.2, 0.5, 1.5]];
  const impact = [[50_000, 120_000, 400_000]];

  test("spills in the shape of thresholds: a column for a column, a row for a row or one cell", () => {
    const column = lossExceedance(frequency, impact, [[0], [50_000], [100_000], [10_000_000]], 1000, 3);
    expect(column).toHaveLength(4);
    expect(column.every((row) => row.length === 1)).toBe(true);
    const row = lossExceedance(frequency, impact, [[0, 50_000, 100_000, 10_000_000]], 1000, 3);
    expect(row).toEqual([column.map((r) => r[0])]);
    expect(lossExceedance(frequency, impact, 50_000 as any, 1000, 3)).toEqual([[column[1]?.[0]]]);
    // Every loss is above 0 (min frequency and impact are positive), none above 1.5 x 400,000.
    expect(row[0]?.[0]).toBe(1);
    expect(row[0]?.[3]).toBe(0);
  });

  test("bad thresholds, frequency or impact are named", () => {
    expect(excel(() => lossExceedance(frequency, impact, [[1000, -5]]))).toEqual({ code: "#NUM!", message: "thresholds (cell 2) must be 0 or more; it is -5." });
    expect(excel(() => lossExceedance(frequency, impact, [["big"]]))).toEqual({ code: "#VALUE!", message: 'thresholds (cell 1) expects a number, not the text "big".' });
    expect(excel(() => lossExceedance(frequency, impact, [[1, 2], [3, 4]]))).toEqual({
      code: "#VALUE!",
      message: expect.stringMatching(/^thresholds must be a single row or a single column/),
    });
    expect(excel(() => lossExceedance([[0.5, 0.2, 1.5]], impact, [[1]]))).toEqual({
      code: "#NUM!",
      message: "frequency: min (0.5) is above most likely (0.2); enter min <= most likely <= max.",
    });
    expect(excel(() => lossExceedance(frequency, [[1, 2]], [[1]]))).toEqual({ code: "#VALUE!", message: "impact expects 3 cells in one row or column; it has 2." });
  });
});
