import { anchorAt, belowZeroWords, formatChance, labelRows, linearScale } from "../../../src/taskpane/shared/chart-parts";

describe("how the charts write a chance", () => {
  test.each([
    [0, "0%"],
    [0.0004, "under 0.1%"],
    [0.004, "0.4%"],
    [0.045, "4.5%"],
    [0.05, "5%"],
    [0.1, "10%"],
    [0.184, "18%"],
    [0.9996, "over 99.9%"],
    [1, "100%"],
  ])("%p as %p", (fraction, text) => {
    expect(formatChance(fraction, "en-GB")).toBe(text);
  });

  test("below zero, in words", () => {
    expect(belowZeroWords(0, "the value", "en-GB")).toBe("no trial put the value below zero");
    expect(belowZeroWords(0.045, "the value", "en-GB")).toBe("4.5% chance the value is below zero");
    expect(belowZeroWords(1, "the portfolio's value", "en-GB")).toBe("every trial put the portfolio's value below zero");
  });
});

describe("where the charts put things", () => {
  test("a scale from 60,000 to 140,000 with 6% of the span spare at each end", () => {
    // The axis runs from 60,000 - 4,800 = 55,200 over 80,000 x 1.12 = 89,600.
    const x = linearScale(60_000, 140_000, 0.06);
    expect(x(60_000)).toBeCloseTo((4_800 / 89_600) * 100, 10);
    expect(x(140_000)).toBeCloseTo((84_800 / 89_600) * 100, 10);
    expect(x(100_000)).toBeCloseTo(50, 10);
    // A single amount sits in the middle.
    expect(linearScale(5, 5)(5)).toBe(50);
  });

  test("labels closer than the gap go on rows of their own", () => {
    // 55 and 57.5 are 2.5 apart: two rows; 65 is 10 from 55 and 7.5 from 57.5: a third.
    expect(labelRows([55, 57.5, 65], 16)).toEqual([0, 1, 2]);
    expect(labelRows([25, 60, 90], 16)).toEqual([0, 0, 0]);
    // Order of position, not of the list: 80 and 10 share row 0; 20 is 10 from 10.
    expect(labelRows([80, 10, 20], 16)).toEqual([0, 0, 1]);
  });

  test("a label near either edge is kept inside the plot", () => {
    expect(anchorAt(3)).toEqual({ left: "3%", transform: "translateX(0)" });
    expect(anchorAt(50)).toEqual({ left: "50%", transform: "translateX(-50%)" });
    expect(anchorAt(97)).toEqual({ left: "97%", transform: "translateX(-100%)" });
  });
});
