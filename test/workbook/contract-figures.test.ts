import { NO_SUMS } from "../../src/domain/ledger-sums";
import { blankContract } from "../../src/domain/contract";
import { contractFigures } from "../../src/domain/contract-figures";
import { fullContract } from "./fixtures";

// The store's figures come from the domain, never from the formula cells' cached results.
describe("contractFigures", () => {
  test("a blank draft: nothing to add up, no class, no next review", () => {
    expect(contractFigures(blankContract("VC-0001"))).toEqual({ lifecycleCost: 0, plannedValue: 0, realisedToDate: 0, evidencedToDate: 0, varianceToDate: 0, ledger: NO_SUMS, valueClass: null, nextReview: null });
  });

  // Benefits: revenue 100,000 at a 40% margin = 40,000, + 250,000.50 + 400,000 + 50,000 + 25,000 = 765,000.50;
  // costs: lifecycle 305,000 + friction 12,000 + risk failures 8,000 = 325,000; planned value 440,000.50.
  test("worked example: benefits 765,000.50 (revenue at its 40% margin), lifecycle 305,000, other costs 20,000", () => {
    expect(contractFigures(fullContract())).toEqual({
      lifecycleCost: 305_000,
      plannedValue: 440_000.5,
      realisedToDate: 0,
      evidencedToDate: 0,
      varianceToDate: 0,
      ledger: NO_SUMS,
      valueClass: "Evidenced leading indicator",
      nextReview: "2026-04-30",
    });
  });

  test("strategic options below Financial; EDATE clamps 31 January + 1 month to 28 February", () => {
    const figures = contractFigures({ ...fullContract(), mandate: "Create strategic options", reviewCadence: "Monthly" });
    expect(figures.valueClass).toBe("Strategic option value");
    expect(figures.nextReview).toBe("2026-02-28");
  });

  test("revenue without a stated margin counts as 0: revenue is not profit", () => {
    const figures = contractFigures({ ...blankContract("VC-0003"), incrementalRevenue: 1_000_000, technologyCost: 50_000 });
    expect(figures.plannedValue).toBe(-50_000);
    expect(contractFigures({ ...blankContract("VC-0003"), incrementalRevenue: 1_000_000, revenueMargin: 0.25, technologyCost: 50_000 }).plannedValue).toBe(200_000);
  });

  // A contract whose capture decision is "Avoid planned recruitment", two quarters of ledger rows:
  // revenue 80,000 actual at Financial evidence x 40% margin = 32,000 realised, variance 80,000 - 100,000 = -20,000;
  // capacity 50,000 actual at Operational = an evidenced leading indicator (0 realised), variance 50,000 - 40,000 = +10,000;
  // technology cost 30,000 actual (plan 25,000) = -30,000 realised, variance 25,000 - 30,000 = -5,000;
  // option value 10,000 actual at Financial = strategic option value (0 realised), no plan so variance +10,000;
  // a line with no actual yet counts nothing. Realised 32,000 - 30,000 = 2,000; evidenced 50,000; variance -5,000.
  test("to-date figures from the ledger, worked by hand", () => {
    const entry = (line: string, plan: number | null, actual: number | null, evidenceLevel: string | null) =>
      ({ id: "VL-000001", contractId: "VC-0001", period: "2026-01-01", line, plan, forecast: null, actual, evidenceLevel, evidenceSource: "", recordedBy: "", updated: null }) as never;
    const figures = contractFigures(fullContract(), [
      entry("Incremental revenue", 100_000, 80_000, "Financial"),
      entry("Capacity value", 40_000, 50_000, "Operational"),
      entry("Technology cost", 25_000, 30_000, null),
      entry("Option value", null, 10_000, "Financial"),
      entry("Protected earnings", 60_000, null, null),
    ]);
    expect(figures).toMatchObject({ realisedToDate: 2_000, evidencedToDate: 50_000, varianceToDate: -5_000 });
  });

  test("a negative realised value stays negative (costs beat benefits)", () => {
    const figures = contractFigures({ ...blankContract("VC-0002"), technologyCost: 10, capacityValue: 4 });
    expect(figures).toMatchObject({ lifecycleCost: 10, plannedValue: -6 });
  });

  test("Weekly adds 7 days; no cadence means no next review", () => {
    expect(contractFigures({ ...fullContract(), reviewCadence: "Weekly" }).nextReview).toBe("2026-02-07");
    expect(contractFigures({ ...fullContract(), reviewCadence: null }).nextReview).toBeNull();
  });
});
