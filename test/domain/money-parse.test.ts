import fc from "fast-check";
import { formatAmountInput, formatPercentInput, parseAmount, parsePercent, type NumberSeparators } from "../../src/domain/money-parse";

const GERMAN: NumberSeparators = { group: ".", decimal: "," };
// What Intl.NumberFormat("fr-FR") uses to group thousands: U+202F, a narrow no-break space.
const FRENCH: NumberSeparators = { group: "\u202f", decimal: "," };

const value = (text: string, separators?: NumberSeparators): number | null | string => {
  const result = parseAmount(text, separators);
  return result.ok ? result.value : `error: ${result.error.message}`;
};

describe("parseAmount", () => {
  test.each([
    ["1,234.50", 1234.5],
    ["1234.5", 1234.5],
    ["250k", 250000],
    ["250K", 250000],
    ["1.2m", 1200000],
    ["1.15m", 1150000], // 1.15 * 1e6 in floating point is 1149999.9999999998: the suffix shifts decimal digits
    ["3bn", 3e9],
    ["2.5 mn", 2500000],
    ["(1,000)", -1000],
    ["-1,000", -1000],
    ["−42", -42], // U+2212, the minus sign some keyboards and Excel exports use
    ["£1,234.50", 1234.5],
    ["-£20k", -20000],
    ["£-20k", -20000],
    ["(£1.5m)", -1500000],
    ["100 €", 100],
    [".5", 0.5],
    ["  7  ", 7],
    ["0", 0],
    ["(0)", 0],
    ["1,234,567.891", 1234567.891],
  ])("reads %j as %p", (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  test("blank text is no amount, not zero", () => {
    expect(value("")).toBeNull();
    expect(value("   ")).toBeNull();
  });

  test.each(["abc", "12,34", "1,2345", "1.2.3", "--5", "(-5)", "5.", "k", "£", "£5$", "1e6", "1,234.5x", "(12"])(
    "refuses %j and says what it expects",
    (text) => {
      const result = parseAmount(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(/^Enter a number such as 1,234\.50, 250k, 1\.2m or \(1,000\)/);
    },
  );

  test("German separators swap the roles of comma and full stop", () => {
    expect(value("1.234,50", GERMAN)).toBe(1234.5);
    expect(value("1,5m", GERMAN)).toBe(1500000);
    expect(value("1,234.50", GERMAN)).toMatch(/^error: Enter a number such as 1\.234,50, 250k, 1,2m or \(1\.000\)/);
  });

  test("French grouping accepts the narrow no-break space and a typed ordinary space", () => {
    expect(value("1\u202f234,5", FRENCH)).toBe(1234.5);
    expect(value("1 234,5", FRENCH)).toBe(1234.5);
  });
});

describe("formatAmountInput", () => {
  test.each([
    [1234.5, "1,234.50"],
    [1234, "1,234"],
    [0.125, "0.125"],
    [-1000, "-1,000"],
    [1200000, "1,200,000"],
    [0, "0"],
    [1e21, "1,000,000,000,000,000,000,000"],
  ])("writes %p as %j", (amount, expected) => {
    expect(formatAmountInput(amount)).toBe(expected);
  });

  test("German separators", () => {
    expect(formatAmountInput(1234.5, GERMAN)).toBe("1.234,50");
  });

  test("whatever it writes reads back as the same number (no rounding)", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e25, max: 1e25 }), (amount) => {
        const back = parseAmount(formatAmountInput(amount));
        expect(back).toEqual({ ok: true, value: amount === 0 ? 0 : amount });
      }),
    );
  });
});

describe("percentages as people type them (Revenue margin, Discount rate)", () => {
  test.each([
    ["35%", 0.35],
    ["35 %", 0.35],
    ["12.5%", 0.125],
    ["0.35", 0.35],
    ["1", 1],
    ["0%", 0],
    ["", null],
  ])("%s reads as %p", (text, fraction) => {
    expect(parsePercent(text)).toEqual({ ok: true, value: fraction });
  });

  test("a bare number above 1 is refused rather than guessed at: 35 could be 35% or 3,500%", () => {
    expect(parsePercent("35")).toEqual({ ok: false, error: { kind: "value", message: expect.stringContaining("with a % sign if you mean 35%") } });
  });

  test("text and scale suffixes are not percentages", () => {
    for (const text of ["abc", "1.5m%", "£5%"]) expect(parsePercent(text).ok).toBe(false);
  });

  test("the locale's decimal separator: 35,5 % in French", () => {
    expect(parsePercent("35,5 %", { group: "\u202f", decimal: "," })).toEqual({ ok: true, value: 0.355 });
  });

  test("written back without rounding, and read back to the same fraction", () => {
    // 0.07 * 100 is 7.000000000000001 in doubles; the percentage is scaled in decimal instead.
    expect([0.35, 0.07, 0.355, 1, 0, 0.123456].map((value) => formatPercentInput(value))).toEqual(["35%", "7%", "35.5%", "100%", "0%", "12.3456%"]);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (n) => {
        const fraction = n / 1_000_000;
        const back = parsePercent(formatPercentInput(fraction));
        return back.ok && back.value !== null && Math.abs(back.value - fraction) <= 1e-15;
      }),
    );
  });
});
