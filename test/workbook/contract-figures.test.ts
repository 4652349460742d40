import { blankContract } from "../../src/domain/contract";
import { contractFigures } from "../../src/domain/contract-figures";
import { fullContract } from "./fixtures";

// The store's figures come from the domain, never from the formula cells' cached results.
describe("contractFigures", () => {
  test("a blank draft: nothing to add up, no class, no next review", () => {
    expect(contractFigures(blankContract("VC-0001"))).toEqual({ lifecycleCost: 0, realisedValue: 0, valueClass: null, nextReview: null });
  });

  test("worked example: benefits 825,000.50, lifecycle 305,000, other costs 20,000", () => {
    expect(contractFigures(fullContract())).toEqual({
      lifecycleCost: 305_000,
      realisedValue: 500_000.5,
      valueClass: "Evidenced leading indicator",
      nextReview: "2026-04-30",
    });
  });

  test("strategic options below Financial; EDATE clamps 31 January + 1 month to 28 February", () => {
    const figures = contractFigures({ ...fullContract(), mandate: "Create strategic options", reviewCadence: "Monthly" });
    expect(figures.valueClass).toBe("Strategic option value");
    expect(figures.nextReview).toBe("2026-02-28");
  });

  test("a negative realised value stays negative (costs beat benefits)", () => {
    const figures = contractFigures({ ...blankContract("VC-0002"), technologyCost: 10, capacityValue: 4 });
    expect(figures).toMatchObject({ lifecycleCost: 10, realisedValue: -6 });
  });

  test("Weekly adds 7 days; no cadence means no next review", () => {
    expect(contractFigures({ ...fullContract(), reviewCadence: "Weekly" }).nextReview).toBe("2026-02-07");
    expect(contractFigures({ ...fullContract(), reviewCadence: null }).nextReview).toBeNull();
  });
});
