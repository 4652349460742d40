import type { ValueReview } from "../../src/domain/review";

/** A complete review of VC-0001 on 30 Nov 2026: the CFO office expands on financial evidence; next in a quarter. */
export function expandReview(): ValueReview {
  return {
    id: "VR-0001",
    contractId: "VC-0001",
    date: "2026-11-30",
    reviewer: "CFO office",
    evidenceLevel: "Financial",
    realisedToDate: 120000,
    forecastValue: 400000,
    decision: "Expand",
    rationale: "Cost to serve fell 8% against the control group.",
    assumptionsChanged: "",
    nextReview: "2027-02-28",
  };
}
