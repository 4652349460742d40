import { parseEvidenceLevel, type EvidenceCell } from "./evidence";
import { CAPTURE_DECISIONS, matchName, type CaptureDecision, type EvidenceLevel } from "./lists";
import { fail, ok, type Result } from "./result";

/**
 * The lines of the value equation and how a ledger line counts, without zod: the custom functions
 * (AIVM.LINECLASS, REALISEDAMOUNT, VARIANCE) use these rules in the bundle Excel loads on its own,
 * and the ledger's table (ledger.ts), its formulas and the pane use the same ones.
 */

/**
 * The 16 lines of the value equation, each declared once: the key of the contract's column and its
 * header, which is also the line's name in the ledger. The five benefits first, then the eight parts of
 * the lifecycle cost, then the three other costs. ValueContracts' amount columns (contract.ts) take
 * their headers from here.
 */
const BENEFITS = [
  { key: "incrementalRevenue", header: "Incremental revenue" },
  { key: "protectedEarnings", header: "Protected earnings" },
  { key: "capacityValue", header: "Capacity value" },
  { key: "avoidedLoss", header: "Avoided loss" },
  { key: "optionValue", header: "Option value" },
] as const;
const LIFECYCLE_COSTS = [
  { key: "technologyCost", header: "Technology cost" },
  { key: "dataCost", header: "Data cost" },
  { key: "integrationCost", header: "Integration cost" },
  { key: "changeCost", header: "Change cost" },
  { key: "governanceCost", header: "Governance cost" },
  { key: "workforceTransitionCost", header: "Workforce transition cost" },
  { key: "qualityControlCost", header: "Quality control cost" },
  { key: "operatingCost", header: "Operating cost" },
] as const;
const OTHER_COSTS = [
  { key: "friction", header: "Friction" },
  { key: "riskFailures", header: "Risk failures" },
  { key: "cannibalisation", header: "Cannibalisation" },
] as const;
export const VALUE_LINES = [...BENEFITS, ...LIFECYCLE_COSTS, ...OTHER_COSTS] as const;

type ValueLine = (typeof VALUE_LINES)[number];
type KeysOf<Ls extends readonly ValueLine[]> = { readonly [I in keyof Ls]: Ls[I]["key"] };
type HeadersOf<Ls extends readonly ValueLine[]> = { readonly [I in keyof Ls]: Ls[I]["header"] };
const keysOf = <const Ls extends readonly ValueLine[]>(lines: Ls): KeysOf<Ls> => lines.map((line) => line.key) as unknown as KeysOf<Ls>;

/** The contract columns that are lines of the value equation, in VALUE_LINES order. */
export const LINE_FIELDS = keysOf(VALUE_LINES);
export type LineField = ValueLine["key"];
/** The five benefits of the value equation. */
export const BENEFIT_FIELDS = keysOf(BENEFITS);
/** The parts of the full lifecycle cost (their sum is the Lifecycle cost column). */
export const LIFECYCLE_COST_FIELDS = keysOf(LIFECYCLE_COSTS);
/** The three costs of the value equation beyond the lifecycle cost. */
export const OTHER_COST_FIELDS = keysOf(OTHER_COSTS);

/** The header (and ledger line name) of a line's column, typed by its key. */
export type LineHeader<K extends LineField> = Extract<ValueLine, { readonly key: K }>["header"];
export const lineHeader = <K extends LineField>(key: K): LineHeader<K> => (VALUE_LINES.find((line) => line.key === key)?.header ?? key) as LineHeader<K>;

/** The ledger's 16 lines: the value-equation columns' headers, in order. */
export const LEDGER_LINES = VALUE_LINES.map((line) => line.header) as unknown as HeadersOf<typeof VALUE_LINES>;
export type LedgerLine = ValueLine["header"];

/** The contract field behind a line ("Capacity value" -> capacityValue). */
export const lineField = (line: LedgerLine): LineField => LINE_FIELDS[LEDGER_LINES.indexOf(line)] ?? "incrementalRevenue";

/** The benefit lines (the first five); every other line is a cost. */
export const BENEFIT_LINES: readonly LedgerLine[] = LEDGER_LINES.slice(0, BENEFIT_FIELDS.length);
export const isBenefitLine = (line: LedgerLine): boolean => BENEFIT_LINES.includes(line);

/** What a ledger line's amount counts as: one of the value classes, or a cost. */
export const COUNTS_AS = ["Realised value", "Evidenced leading indicator", "Capability value", "Strategic option value", "Unsupported optimism", "Cost"] as const;
export type CountsAs = (typeof COUNTS_AS)[number];

/** Capture decisions that release nothing yet: capacity under them is potential, never realised value. */
export const UNDECIDED_CAPTURE: readonly (CaptureDecision | null)[] = [null, CAPTURE_DECISIONS[0]];

/**
 * How a line counts, by the evidence of its own actual:
 * - a cost line (the eight lifecycle costs, Friction, Risk failures, Cannibalisation): "Cost", always in full;
 * - Option value: "Strategic option value", whatever its evidence;
 * - Incremental revenue, Protected earnings, Avoided loss, Capacity value: Financial or Strategic
 *   evidence "Realised value", Operational or Behavioural "Evidenced leading indicator", Technical
 *   "Capability value", None or blank "Unsupported optimism";
 * - except that Capacity value is never "Realised value" while the contract's capture decision is blank
 *   or "Not yet decided" (released capacity is potential until management decides what to do with it):
 *   it is then at most an evidenced leading indicator.
 */
export function lineClass(line: LedgerLine, evidence: EvidenceLevel | null, capture: CaptureDecision | null = null): CountsAs {
  if (!isBenefitLine(line)) return "Cost";
  if (line === "Option value") return "Strategic option value";
  switch (evidence) {
    case "Financial":
    case "Strategic":
      return line === "Capacity value" && UNDECIDED_CAPTURE.includes(capture) ? "Evidenced leading indicator" : "Realised value";
    case "Operational":
    case "Behavioural":
      return "Evidenced leading indicator";
    case "Technical":
      return "Capability value";
    default:
      return "Unsupported optimism";
  }
}

/**
 * The realised amount of a line (workbook currency, favourable positive): a benefit's actual when it
 * counts as realised value (Incremental revenue times the revenue margin, a fraction, since revenue is
 * not profit), minus a cost's actual; 0 for anything else and while the actual is blank (not measured).
 */
export function realisedAmount(line: LedgerLine, actual: number | null, evidence: EvidenceLevel | null, capture: CaptureDecision | null = null, revenueMargin = 1): number {
  if (actual === null) return 0;
  const counts = lineClass(line, evidence, capture);
  if (counts === "Cost") return -actual;
  if (counts !== "Realised value") return 0;
  return line === "Incremental revenue" ? actual * revenueMargin : actual;
}

/**
 * The planned amount of a line (workbook currency, favourable positive), as the report counts a plan: a benefit's
 * plan (Incremental revenue times the revenue margin, a fraction, since revenue is not profit), minus a cost's plan;
 * 0 while the plan is blank.
 */
export function plannedAmount(line: LedgerLine, plan: number | null, revenueMargin = 1): number {
  if (plan === null) return 0;
  if (!isBenefitLine(line)) return -plan;
  return line === "Incremental revenue" ? plan * revenueMargin : plan;
}

/**
 * Variance, favourable positive: actual - plan for a benefit, plan - actual for a cost (a cost under plan
 * is good news). null while the actual is blank; a blank plan counts as 0, as Excel's arithmetic does.
 */
export function lineVariance(line: LedgerLine, plan: number | null, actual: number | null): number | null {
  if (actual === null) return null;
  return isBenefitLine(line) ? actual - (plan ?? 0) : (plan ?? 0) - actual;
}

const isBlankCell = (cell: EvidenceCell): boolean => cell === null || (typeof cell === "string" && cell.trim() === "");
const shown = (cell: EvidenceCell): string => (typeof cell === "string" ? `"${cell.trim()}"` : String(cell).toUpperCase());

/**
 * Reads a ledger line by its name, matched as other names are (case and surrounding spaces ignored:
 * " capacity VALUE " is Capacity value). Blank or anything else is a "value" error listing the 16
 * lines; `name` is the argument named in the message.
 */
export function parseLedgerLine(cell: EvidenceCell, name = "line"): Result<LedgerLine> {
  const accepted = `one of the ${LEDGER_LINES.length} lines: ${LEDGER_LINES.join(", ")}`;
  if (isBlankCell(cell)) return fail("value", `${name} is blank: it expects ${accepted}.`);
  const found = typeof cell === "string" ? matchName(LEDGER_LINES, cell) : undefined;
  return found ? ok(found) : fail("value", `${name} expects ${accepted}; not ${shown(cell)}.`);
}

/**
 * Reads a capture decision by name (case and surrounding spaces ignored). Blank is null: no decision
 * recorded, which lineClass treats as "Not yet decided". Anything else is a "value" error listing the
 * ten decisions; `name` is the argument named in the message.
 */
export function parseCaptureDecision(cell: EvidenceCell, name = "captureDecision"): Result<CaptureDecision | null> {
  if (isBlankCell(cell)) return ok(null);
  const found = typeof cell === "string" ? matchName(CAPTURE_DECISIONS, cell) : undefined;
  return found ? ok(found) : fail("value", `${name} expects one of: ${CAPTURE_DECISIONS.join("; ")}; or blank; not ${shown(cell)}.`);
}

/**
 * Reads the evidence level behind a line's actual. Unlike a contract's own level (parseEvidenceLevel,
 * where blank is an error), blank here is null: nothing evidences the actual yet, so a benefit counts
 * as "Unsupported optimism", as the ledger's Counts as column reads a blank Evidence level. Otherwise
 * a level by name or number (0 None ... 5 Strategic), as parseEvidenceLevel reads it.
 */
export function parseLineEvidence(cell: EvidenceCell, name = "evidenceLevel"): Result<EvidenceLevel | null> {
  return isBlankCell(cell) ? ok(null) : parseEvidenceLevel(cell, name);
}
