import { literalText, needsQuotePrefix } from "../../src/workbook/text-literal";

describe("text that Excel would reinterpret gets a quote prefix", () => {
  // What Excel does with each when typed (Excel's "Enter data manually in worksheet cells" and the
  // Range.values reference: a value starting with =, + or - is read as a formula).
  test.each([
    ["=SUM(A1:A2)", "a formula"],
    ["+44 20 7946 0000", "a formula or number"],
    ["-5% margin", "a formula"],
    ["@risk", "an implicit-intersection formula"],
    ["\tindented", "a leading tab"],
    ["\rreturn", "a leading CR"],
    ["'quoted", "Excel would eat the apostrophe"],
    ["0012", "the number 12"],
    ["1/2/2026", "a date"],
    ["2026-01-02", "a date"],
    ["12:30", "a time"],
    ["50%", "a percentage"],
    ["$1,000", "currency"],
    ["(500)", "a negative number"],
    ["TRUE", "a boolean"],
    [" false ", "a boolean"],
    ["#N/A", "an error value"],
    ["Jan 2", "a date"],
    ["March 5, 2026", "a date"],
    ["  =1+1", "a formula after spaces"],
  ])("%s (%s)", (text) => {
    expect(needsQuotePrefix(text)).toBe(true);
    expect(literalText(text)).toBe(`'${text}`);
  });

  test.each(["Claims triage", "Dana Whitfield", "May the best model win", "Truest measure", "", "   ", "Ångström units"])("%j stays as it is", (text) => {
    expect(needsQuotePrefix(text)).toBe(false);
    expect(literalText(text)).toBe(text);
  });
});
