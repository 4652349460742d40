import type { ValueContract } from "../../../src/domain/contract";
import { contract, monthsAgo } from "./store";

/**
 * Four contracts with figures worked out by hand (planned value = benefits - lifecycle cost - other
 * costs; lifecycle cost = the sum of its eight parts), and no ledger rows:
 *
 *   Alpha   Active  Ann   Financial    1000 revenue - (100 + 50)        lifecycle 150, planned  850
 *   Bravo   Active  Ben   Technical     400 capacity - 300 - friction 20 lifecycle 300, planned   80
 *   Charlie Draft   Ann   None          500 revenue x 50% - 40           lifecycle  40, planned  210
 *   Delta   Paused  Cleo  Operational   200 avoided loss - 250           lifecycle 250, planned  -50
 *
 * Revenue counts at its Revenue margin (none stated would count it as 0). Live (all but the Draft):
 * planned 880, lifecycle 700, capability value (Bravo) alone 80. With Charlie: planned 1090, lifecycle 740.
 * Reviews, as of today: Alpha's quarterly review falls in 5 days (Due); Bravo's monthly one was due a
 * month ago (Overdue); Delta's quarterly one is two months away (Scheduled); Charlie has none.
 */
export function fourContracts(): ValueContract[] {
  return [
    contract("VC-0001", {
      title: "Alpha pricing",
      valueChain: "Price and sell",
      mandate: "Grow revenue",
      owner: "Ann",
      evidenceLevel: "Financial",
      incrementalRevenue: 1000,
      // A price rise: the extra revenue is all margin.
      revenueMargin: 1,
      technologyCost: 100,
      operatingCost: 50,
      reviewCadence: "Quarterly",
      lastReview: monthsAgo(3, 5),
    }),
    contract("VC-0002", {
      title: "Bravo service",
      valueChain: "Fulfil and serve",
      mandate: "Create structural operating leverage",
      owner: "Ben",
      evidenceLevel: "Technical",
      capacityValue: 400,
      technologyCost: 300,
      friction: 20,
      reviewCadence: "Monthly",
      lastReview: monthsAgo(2),
    }),
    contract("VC-0003", {
      title: "Charlie emails",
      valueChain: "Price and sell",
      mandate: "Grow revenue",
      status: "Draft",
      owner: "Ann",
      evidenceLevel: "None",
      incrementalRevenue: 500,
      // Email offers sold at a 50% margin.
      revenueMargin: 0.5,
      dataCost: 40,
      lastReview: null,
    }),
    contract("VC-0004", {
      title: "Delta fraud",
      valueChain: "Detect and manage risk",
      mandate: "Secure existing earnings",
      status: "Paused",
      owner: "Cleo",
      evidenceLevel: "Operational",
      avoidedLoss: 200,
      governanceCost: 250,
      reviewCadence: "Quarterly",
      lastReview: monthsAgo(1),
    }),
  ];
}
