import type { z } from "zod";
import { BENEFIT_FIELDS, CONTRACT_FIELDS, ContractId, LIFECYCLE_COST_FIELDS, OTHER_COST_FIELDS, type ContractFieldDef } from "./contract";
import { headerOf, recordObject, type DataKey, type Field } from "./field-model";
import { parseEvidenceLevel, type EvidenceCell } from "./evidence";
import { CAPTURE_DECISIONS, EVIDENCE_LEVELS, matchName, type CaptureDecision, type EvidenceLevel } from "./lists";
import { fail, ok, type Result } from "./result";

/**
 * The value ledger: what each line of a contract's value equation was planned, forecast and measured
 * to be, period by period, one row of the ValueLedger table per contract, period and line. It is what
 * tells forecast, evidenced and realised value apart: a line's actual counts as realised value only
 * when its own evidence shows the economics changed (and, for capacity, management decided what to do
 * with it), so a technical success is never booked as a business success.
 */

/** The contract columns that are lines of the value equation: the five benefits, then the eleven costs. */
export const LINE_FIELDS = [...BENEFIT_FIELDS, ...LIFECYCLE_COST_FIELDS, ...OTHER_COST_FIELDS] as const;
export type LineField = (typeof LINE_FIELDS)[number];

type HeaderOf<K> = Extract<ContractFieldDef, { readonly key: K }>["header"];
type Headers<Ks extends readonly unknown[]> = { readonly [I in keyof Ks]: HeaderOf<Ks[I]> };

/**
 * The ledger's 16 lines, named exactly as the contract's columns (Incremental revenue ... Cannibalisation):
 * read from the contract's field declarations, so a renamed column renames its line.
 */
export const LEDGER_LINES = LINE_FIELDS.map((key) => headerOf(CONTRACT_FIELDS, key)) as unknown as Headers<typeof LINE_FIELDS>;
export type LedgerLine = (typeof LEDGER_LINES)[number];

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
 * Variance, favourable positive: actual - plan for a benefit, plan - actual for a cost (a cost under plan
 * is good news). null while the actual is blank; a blank plan counts as 0, as Excel's arithmetic does.
 */
export function lineVariance(line: LedgerLine, plan: number | null, actual: number | null): number | null {
  if (actual === null) return null;
  return isBenefitLine(line) ? actual - (plan ?? 0) : (plan ?? 0) - actual;
}

const AMOUNT = "An amount in the workbook's currency, 0 or more (costs too).";

/** The columns of ValueLedger, in order: a public interface (README.md, "Workbook tables"). */
export const LEDGER_FIELDS = [
  { key: "id", header: "Entry ID", kind: "text", required: "always", maxLength: 40 },
  { key: "contractId", header: "Contract ID", kind: "text", required: "always", maxLength: 40 },
  { key: "period", header: "Period", kind: "date", required: "always" },
  { key: "line", header: "Line", kind: "list", list: LEDGER_LINES, required: "always" },
  { key: "plan", header: "Plan", kind: "amount", form: { hint: `What the contract planned for this line in this period. ${AMOUNT}` } },
  { key: "forecast", header: "Forecast", kind: "amount", form: { hint: "What you now expect; leave blank while it is the plan." } },
  { key: "actual", header: "Actual", kind: "amount", form: { hint: "What was measured; leave blank until it is." } },
  { key: "evidenceLevel", header: "Evidence level", kind: "list", list: EVIDENCE_LEVELS, form: { hint: "The evidence behind this line's actual: it decides how the actual counts." } },
  { key: "evidenceSource", header: "Evidence source", kind: "text", form: { hint: "Where the number comes from, such as a general ledger account or a report." } },
  { key: "countsAs", header: "Counts as", kind: "calculated", result: "text" },
  { key: "variance", header: "Variance", kind: "calculated", result: "amount" },
  { key: "realisedAmount", header: "Realised amount", kind: "calculated", result: "amount" },
  { key: "recordedBy", header: "Recorded by", kind: "text" },
  { key: "updated", header: "Updated", kind: "date-time" },
] as const satisfies readonly Field[];

export type LedgerField = DataKey<typeof LEDGER_FIELDS>;

const LedgerObject = recordObject(LEDGER_FIELDS);

/** One row of the ledger. Its Contract ID follows the contract's own rules. */
export const LedgerEntry = LedgerObject.extend({ contractId: ContractId });
export type LedgerEntry = z.infer<typeof LedgerEntry>;

/** An entry to record: the store gives it the next free Entry ID in the request that writes it. */
export const NewLedgerEntry = LedgerEntry.omit({ id: true });
export type NewLedgerEntry = z.infer<typeof NewLedgerEntry>;

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
