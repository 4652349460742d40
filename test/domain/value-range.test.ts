import { blankContract, type ValueContract } from "../../src/domain/contract";
import { DEFAULT_PAUSE_LOSS_PROBABILITY, DEFAULT_SETTINGS, pauseLossProbability, WorkbookSettings } from "../../src/domain/settings";
import { LEDGER_LINES } from "../../src/domain/value-lines";
import { contractRanges, planOutsideRange, RangeInput, ValueRange } from "../../src/domain/value-range";

const contract: ValueContract = { ...blankContract("VC-0001"), capacityValue: 400_000, technologyCost: 120_000, dataCost: null };
const range = (line: ValueRange["line"], low: number, likely: number | null, high: number, contractId = "VC-0001"): ValueRange => ({ contractId, line, low, likely, high, basis: "", updated: null });
const messages = (value: unknown): string[] => {
  const parsed = ValueRange.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${String(issue.path[0])}: ${issue.message}`);
};

describe("a ValueRanges row", () => {
  test("Low <= Likely <= High, amounts >= 0, Low and High required; Likely may be blank", () => {
    expect(messages(range("Capacity value", 250_000, 400_000, 520_000))).toEqual([]);
    expect(messages(range("Capacity value", 250_000, null, 520_000))).toEqual([]);
    expect(messages(range("Capacity value", 450_000, 400_000, 520_000))).toEqual(["low: Low (450,000) is above Likely (400,000): enter Low <= Likely <= High."]);
    expect(messages(range("Capacity value", 250_000, 600_000, 520_000))).toEqual(["high: Likely (600,000) is above High (520,000): enter Low <= Likely <= High."]);
    expect(messages(range("Capacity value", 600_000, null, 520_000))).toEqual(["high: Low (600,000) is above High (520,000): enter Low <= Likely <= High."]);
    expect(messages({ ...range("Capacity value", 0, null, 1), low: null, high: "lots" })).toEqual(["low: Low is required: a range needs a low amount.", "high: High must be a number."]);
    expect(messages({ ...range("Capacity value", 0, null, 1), low: -5 })).toEqual(["low: Low must be 0 or more: enter costs and benefits as positive amounts."]);
    expect(messages({ ...range("Capacity value", 0, null, 1), line: "Hours saved" })[0]).toMatch(/^line: Line must be one of: Incremental revenue; /);
  });

  test("RangeInput is the row without Contract ID and Updated, with the same order rule", () => {
    expect(RangeInput.safeParse({ line: "Data cost", low: 10, likely: 5, high: 20, basis: "Vendor quote" }).success).toBe(false);
    expect(RangeInput.parse({ line: "Data cost", low: 0, likely: 5, high: 20, basis: "Vendor quote" })).toEqual({ line: "Data cost", low: 0, likely: 5, high: 20, basis: "Vendor quote" });
  });
});

describe("contractRanges", () => {
  test("one entry per line of the 16, with the plan (blank is 0); Likely filled from the plan where blank", () => {
    const lines = contractRanges(contract, [range("Capacity value", 250_000, null, 520_000), range("Technology cost", 100_000, 130_000, 200_000), range("Data cost", 0, 10_000, 40_000, "VC-0002")]);
    expect(lines.map((line) => line.line)).toEqual([...LEDGER_LINES]);
    const byLine = new Map(lines.map((line) => [line.line, line]));
    expect(byLine.get("Capacity value")).toEqual({ line: "Capacity value", plan: 400_000, range: { low: 250_000, likely: 400_000, high: 520_000 }, problems: [] });
    expect(byLine.get("Technology cost")).toEqual({ line: "Technology cost", plan: 120_000, range: { low: 100_000, likely: 130_000, high: 200_000 }, problems: [] });
    // Another contract's row does not count; a blank column is a plan of 0, certain.
    expect(byLine.get("Data cost")).toEqual({ line: "Data cost", plan: 0, range: null, problems: [] });
  });

  test("Contract IDs compare as IDs do: case, spaces and look-alike dashes ignored", () => {
    const [revenue] = contractRanges({ ...contract, incrementalRevenue: 10 }, [range("Incremental revenue", 0, null, 20, " vc\u20110001 ")]);
    expect(revenue?.range).toEqual({ low: 0, likely: 10, high: 20 });
  });

  test("a blank Likely whose plan lies outside the range, and two rows for one line: no range, and why", () => {
    const lines = contractRanges(contract, [range("Capacity value", 450_000, null, 520_000), range("Technology cost", 0, null, 1e6), range("Technology cost", 0, null, 2e6)]);
    const byLine = new Map(lines.map((line) => [line.line, line]));
    expect(byLine.get("Capacity value")).toMatchObject({ plan: 400_000, range: null, problems: [{ field: "likely", message: expect.stringContaining("(400,000), which lies outside Low to High (450,000 to 520,000)") }] });
    expect(byLine.get("Technology cost")).toMatchObject({ range: null, problems: [{ field: "line", message: "VC-0001 has 2 rows for Technology cost: keep one." }] });
  });

  test("planOutsideRange: only for a blank Likely, the ends included", () => {
    expect(planOutsideRange(range("Data cost", 10, null, 20), 10)).toBeNull();
    expect(planOutsideRange(range("Data cost", 10, null, 20), 20)).toBeNull();
    expect(planOutsideRange(range("Data cost", 10, 15, 20), 0)).toBeNull();
    expect(planOutsideRange(range("Data cost", 10, null, 20), 0)?.field).toBe("likely");
  });
});

describe("the Pause loss probability setting", () => {
  test("blank means 50%; a value typed in the sheet wins", () => {
    expect(DEFAULT_PAUSE_LOSS_PROBABILITY).toBe(0.5);
    expect(DEFAULT_SETTINGS.pauseLossProbability).toBeNull();
    expect(pauseLossProbability(DEFAULT_SETTINGS)).toBe(0.5);
    expect(pauseLossProbability({ pauseLossProbability: 0.3 })).toBe(0.3);
    expect(WorkbookSettings.safeParse({ ...DEFAULT_SETTINGS, pauseLossProbability: 1.5 }).success).toBe(false);
  });
});
