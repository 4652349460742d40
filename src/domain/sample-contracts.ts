import { blankContract, type ValueContract } from "./contract";
import { addDays, addMonths, isoToSerial, serialToIso } from "./dates";

/**
 * A small, realistic portfolio to explore AIVM with: a mid-size industrial distributor (about 400
 * million of revenue) with eight AI interventions across six value chains and all five mandates, at
 * every evidence level from none to financial, in most statuses. Amounts are annual, in the workbook's
 * currency. Review dates are set relative to `today` so that some reviews are due and some overdue
 * whenever the samples are inserted.
 */

type SampleFields = Omit<ValueContract, "id" | "version" | "updated" | "lastReview">;

/** When the last review happened, relative to today: months back, then days forward (may be none). */
interface SampleReview {
  readonly monthsAgo: number;
  readonly plusDays: number;
}

interface Sample {
  readonly fields: Partial<SampleFields> & Pick<SampleFields, "title" | "status">;
  readonly lastReview: SampleReview | null;
}

const SAMPLES: readonly Sample[] = [
  {
    fields: {
      title: "Early warning of key-account churn",
      valueChain: "Acquire and retain customers",
      mandate: "Secure existing earnings",
      status: "Active",
      outcome: "Keep more of the revenue from our 200 largest accounts by spotting accounts at risk months earlier.",
      outcomeMetric: "Gross revenue churn of the top 200 accounts, % a year",
      baseline: 8.5, target: 6.5,
      counterfactual: "Without the model, account managers notice risk at renewal, as in the last three years (8-9% churn).",
      owner: "Priya Natarajan",
      ownerRole: "Chief Commercial Officer",
      mechanism: "A model scores order, service and payment signals weekly; account managers act on the top 20 alerts.",
      captureDecision: "Improve quality or responsiveness",
      protectedEarnings: 1_450_000, technologyCost: 180_000, dataCost: 60_000, integrationCost: 90_000,
      changeCost: 70_000, governanceCost: 25_000, qualityControlCost: 30_000, operatingCost: 120_000, friction: 40_000,
      riskFailures: 20_000,
      evidenceLevel: "Financial",
      evidenceNotes: "Four quarters of lower churn in the alerted cohort against a matched control group; finance signed off each quarter.",
      decisionRights: "The model only ranks accounts; account managers decide what to offer.",
      controls: "Monthly drift check; offers above 5% discount need sales-director approval.",
      failureTolerance: "A missed at-risk account is acceptable; an offer given without approval is not.",
      scaleCondition: "Churn in the alerted cohort stays 1.5 points below control for two quarters.",
      stopCondition: "No measurable difference from control after three quarters.",
      expandAtValue: 1_000_000, stopBelowValue: 200_000,
      reviewCadence: "Quarterly",
    },
    lastReview: { monthsAgo: 2, plusDays: 0 },
  },
  {
    fields: {
      title: "Dynamic pricing of spare parts",
      valueChain: "Price and sell",
      mandate: "Grow revenue",
      status: "Expanding",
      outcome: "Raise the margin on 40,000 slow-moving spare parts without losing volume.",
      outcomeMetric: "Gross margin on spare parts, %",
      baseline: 31, target: 34,
      counterfactual: "Prices reviewed once a year by category managers, as today.",
      owner: "Tom Okafor",
      ownerRole: "Head of Aftermarket",
      mechanism: "Price recommendations from demand elasticity and competitor data, approved in weekly batches.",
      captureDecision: "Increase output without proportionate cost",
      // Higher prices at unchanged volume add no cost of goods: nearly all the revenue is margin, less sales commission.
      incrementalRevenue: 2_300_000, revenueMargin: 0.85, technologyCost: 240_000, dataCost: 110_000, integrationCost: 150_000,
      changeCost: 60_000, governanceCost: 30_000, qualityControlCost: 20_000, operatingCost: 180_000, friction: 50_000,
      riskFailures: 40_000, cannibalisation: 150_000,
      evidenceLevel: "Financial",
      evidenceNotes: "A/B test across two regions: +2.1 margin points, volume unchanged. Now rolling out to all regions.",
      decisionRights: "Changes within plus or minus 8% go live after batch approval; larger ones need a category manager.",
      controls: "Price floor at cost plus 10%; daily anomaly report.",
      failureTolerance: "No price below the floor; complaints about pricing under 0.5% of orders.",
      scaleCondition: "Margin uplift holds in the third region.",
      stopCondition: "Volume falls more than 3% against forecast for two months.",
      expandAtValue: 1_200_000, stopBelowValue: 300_000,
      reviewCadence: "Monthly",
    },
    lastReview: { monthsAgo: 1, plusDays: 6 },
  },
  {
    fields: {
      title: "Service desk assistant for field engineers",
      valueChain: "Fulfil and serve",
      mandate: "Create structural operating leverage",
      status: "Active",
      outcome: "Handle 25% more service calls next year without hiring the six planned agents.",
      outcomeMetric: "Calls handled per agent per day",
      baseline: 42, target: 52,
      counterfactual: "Hire six more service desk agents to meet forecast call volume.",
      owner: "Sara Lindqvist",
      ownerRole: "Director of Customer Service",
      mechanism: "An assistant drafts answers from manuals and past tickets; agents edit and send.",
      captureDecision: "Avoid planned recruitment",
      capacityValue: 600_000, technologyCost: 95_000, dataCost: 30_000, integrationCost: 45_000, changeCost: 55_000,
      governanceCost: 15_000, workforceTransitionCost: 20_000, qualityControlCost: 35_000, operatingCost: 70_000,
      friction: 30_000, riskFailures: 15_000,
      evidenceLevel: "Financial",
      evidenceNotes: "Calls per agent up from 42 to 49 across the desk; finance took four of the six planned hires out of the budget two quarters ago.",
      decisionRights: "Agents approve every answer; the assistant never replies directly.",
      controls: "Weekly sample of 50 answers checked against the manuals.",
      failureTolerance: "Wrong safety advice: zero tolerance.",
      scaleCondition: "Finance removes at least four of the six planned hires from the budget.",
      stopCondition: "Answer quality below 95% in the weekly sample for a month.",
      expandAtValue: 500_000, stopBelowValue: 100_000,
      reviewCadence: "Monthly",
    },
    lastReview: { monthsAgo: 2, plusDays: -5 },
  },
  {
    fields: {
      title: "Supplier invoice fraud detection",
      valueChain: "Detect and manage risk",
      mandate: "Secure existing earnings",
      status: "Active",
      outcome: "Stop duplicate and fraudulent supplier invoices before payment.",
      outcomeMetric: "Value of invoices stopped, per quarter",
      baseline: 0, target: 225_000,
      counterfactual: "Audit finds about 900,000 a year of wrong payments after the fact and recovers a third of it.",
      owner: "Daniel Reyes",
      ownerRole: "Financial Controller",
      mechanism: "Every invoice is scored before payment; high scores are held for a second check.",
      captureDecision: "Release cost from the operating model",
      // Net of the third audit would recover anyway: two thirds of the 900,000 of wrong payments.
      avoidedLoss: 600_000, technologyCost: 70_000, dataCost: 25_000, integrationCost: 60_000, changeCost: 20_000,
      governanceCost: 20_000, qualityControlCost: 25_000, operatingCost: 60_000, friction: 25_000,
      riskFailures: 10_000,
      evidenceLevel: "Operational",
      evidenceNotes: "Holds 30 invoices a week; 4 confirmed duplicates so far. Recovery not yet booked by finance.",
      decisionRights: "Holds payment only; an accounts payable lead releases or rejects.",
      controls: "Held invoices released within two working days or escalated.",
      failureTolerance: "Supplier complaints about late payment under 1 a month.",
      scaleCondition: "Stopped value exceeds 150,000 in a quarter.",
      stopCondition: "False holds above 90% for two months.",
      expandAtValue: 300_000, stopBelowValue: 75_000,
      reviewCadence: "Quarterly",
    },
    lastReview: { monthsAgo: 3, plusDays: 8 },
  },
  {
    fields: {
      title: "Demand forecasting for regional warehouses",
      valueChain: "Manage supply and inventory",
      mandate: "Create structural operating leverage",
      status: "Redesigning",
      outcome: "Carry less safety stock in four regional warehouses at the same fill rate.",
      outcomeMetric: "Days of inventory",
      baseline: 74, target: 62,
      counterfactual: "Planners forecast in spreadsheets from last year's sales plus a growth factor.",
      owner: "Mei Chen",
      ownerRole: "Supply Chain Director",
      mechanism: "Weekly forecasts per item and warehouse feed the replenishment system.",
      captureDecision: "Not yet decided",
      capacityValue: 250_000, technologyCost: 120_000, dataCost: 80_000, integrationCost: 110_000, changeCost: 40_000,
      governanceCost: 10_000, qualityControlCost: 15_000, operatingCost: 60_000, friction: 35_000,
      evidenceLevel: "Behavioural",
      evidenceNotes: "Planners use the forecasts for 60% of items but override most of them; inventory unchanged. What planners do with the time saved is not yet decided.",
      decisionRights: "Planners accept or override each forecast.",
      controls: "Overrides logged with a reason.",
      failureTolerance: "Fill rate stays above 97%.",
      scaleCondition: "Overrides below 20% and days of inventory falling for a quarter.",
      stopCondition: "No fall in inventory after the redesign has run two quarters.",
      expandAtValue: 400_000, stopBelowValue: 0,
      reviewCadence: "Semi-annually",
    },
    lastReview: { monthsAgo: 7, plusDays: 0 },
  },
  {
    fields: {
      title: "Design copilot for custom enclosures",
      valueChain: "Design and launch products",
      mandate: "Create strategic options",
      status: "Active",
      outcome: "Learn whether generated designs can open a made-to-order enclosure business.",
      outcomeMetric: "Quotes issued for made-to-order enclosures",
      baseline: 0, target: 300,
      counterfactual: "We keep selling standard enclosures only, as competitors begin to offer custom ones.",
      owner: "Jonas Weber",
      ownerRole: "VP Product",
      mechanism: "Engineers generate and check enclosure designs from customer drawings in hours, not weeks.",
      captureDecision: "Accelerate product and revenue cycles",
      optionValue: 800_000, technologyCost: 150_000, dataCost: 20_000, integrationCost: 30_000, changeCost: 25_000,
      governanceCost: 10_000, qualityControlCost: 40_000, operatingCost: 50_000,
      evidenceLevel: "Technical",
      evidenceNotes: "18 of 20 test designs passed engineering checks. No customer has seen one yet.",
      decisionRights: "An engineer signs off every design before a quote.",
      controls: "Structural check on every generated design.",
      failureTolerance: "No unchecked design leaves the company.",
      scaleCondition: "50 paid orders within a year of launch.",
      stopCondition: "Fewer than 10 quotes accepted in the first six months.",
      expandAtValue: 300_000, stopBelowValue: -200_000,
      reviewCadence: "Quarterly",
    },
    lastReview: { monthsAgo: 1, plusDays: 0 },
  },
  {
    fields: {
      title: "Personalised sales emails",
      valueChain: "Acquire and retain customers",
      mandate: "Grow revenue",
      status: "Draft",
      outcome: "More repeat orders from small trade customers.",
      owner: "Priya Natarajan",
      ownerRole: "Chief Commercial Officer",
      mechanism: "Generated follow-up emails after each order.",
      captureDecision: "Not yet decided",
      // Repeat trade orders earn the usual gross margin, about 30% (spare parts run at 31%, above).
      incrementalRevenue: 500_000, revenueMargin: 0.3, technologyCost: 40_000, operatingCost: 30_000,
      evidenceLevel: "None",
      evidenceNotes: "Vendor's case study only.",
      reviewCadence: "Quarterly",
    },
    lastReview: null,
  },
  {
    fields: {
      title: "Contract review agent for procurement",
      valueChain: "Manage the enterprise",
      mandate: "Mitigate new exposure",
      status: "Paused",
      outcome: "Catch risky clauses in supplier contracts before signature.",
      outcomeMetric: "Contracts signed with an unreviewed high-risk clause",
      baseline: 12, target: 2,
      counterfactual: "Legal reviews only contracts above 250,000; smaller ones go unreviewed.",
      owner: "Aisha Bello",
      ownerRole: "General Counsel",
      mechanism: "An agent flags clauses against the legal playbook and drafts redlines.",
      captureDecision: "Reduce contractor or outsourcing spend",
      avoidedLoss: 120_000, technologyCost: 90_000, integrationCost: 40_000, changeCost: 30_000,
      governanceCost: 35_000, qualityControlCost: 45_000, operatingCost: 40_000, riskFailures: 30_000,
      evidenceLevel: "Technical",
      evidenceNotes: "Finds 80% of the clauses lawyers find, with many false alarms. Paused while the vendor retrains.",
      decisionRights: "Suggests redlines only; a lawyer decides.",
      controls: "Every flag reviewed by legal during the trial.",
      failureTolerance: "A missed liability cap is not acceptable.",
      scaleCondition: "Recall above 95% on last year's contracts.",
      stopCondition: "Recall still below 90% after retraining.",
      expandAtValue: 100_000, stopBelowValue: -100_000,
      reviewCadence: "Quarterly",
    },
    lastReview: { monthsAgo: 4, plusDays: 0 },
  },
];

/** How many sample contracts sampleContracts() returns. */
export const SAMPLE_COUNT = SAMPLES.length;

/**
 * The sample contracts, with IDs from `ids` (one per sample, in order) and last reviews dated relative
 * to `today` (ISO yyyy-mm-dd). Version 1, never saved.
 */
export function sampleContracts(today: string, ids: readonly string[]): ValueContract[] {
  return SAMPLES.map((sample, index) => {
    const id = ids[index] ?? `SAMPLE-${index + 1}`;
    return { ...blankContract(id), ...sample.fields, lastReview: reviewDate(today, sample.lastReview) };
  });
}

function reviewDate(today: string, review: SampleReview | null): string | null {
  if (review === null) return null;
  const start = isoToSerial(today);
  if (!start.ok) return null;
  const months = addMonths(start.value, -review.monthsAgo);
  if (!months.ok) return null;
  const days = addDays(months.value, review.plusDays);
  if (!days.ok) return null;
  const iso = serialToIso(days.value);
  return iso.ok ? iso.value : null;
}

/**
 * `count` IDs following `first` (itself included): the trailing digits count up, keeping their width,
 * e.g. "VC-0008" -> "VC-0008", "VC-0009", "VC-0010". An ID without trailing digits gets "-1", "-2"...
 */
export function idsFrom(first: string, count: number): string[] {
  const match = /^(.*?)(\d+)$/.exec(first);
  const prefix = match ? (match[1] ?? "") : `${first}-`;
  const digits = match ? (match[2] ?? "1") : "1";
  const start = Number(digits);
  return Array.from({ length: count }, (_, i) => `${prefix}${String(start + i).padStart(digits.length, "0")}`);
}

/**
 * The samples with IDs from `firstId` on, then `extra` more contracts for a large preview portfolio (the
 * load-time bench asks for 500): the samples again and again, each copy numbered in its title.
 */
export function samplePortfolio(today: string, firstId: string, extra = 0): ValueContract[] {
  const ids = idsFrom(firstId, SAMPLE_COUNT + extra);
  const samples = sampleContracts(today, ids.slice(0, SAMPLE_COUNT));
  const copies = ids.slice(SAMPLE_COUNT).map((id, index) => {
    const sample = samples[index % samples.length] ?? blankContract(id);
    return { ...sample, id, title: `${sample.title} (${Math.floor(index / samples.length) + 2})` };
  });
  return [...samples, ...copies];
}
