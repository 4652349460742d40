import { EVIDENCE_LEVELS, MANDATES, matchName, type EvidenceLevel, type Mandate, type ValueClass } from "./lists";
import { fail, ok, type Result } from "./result";

/**
 * Evidence: how far a claimed value has been proved, from a working model (Technical) to a moved
 * financial line and a changed strategic position. The level decides the value class and how much of
 * a claimed amount survives risk adjustment.
 */

/** A level that can carry evidence: any evidence level but "None". */
export type ProvenLevel = Exclude<EvidenceLevel, "None">;
/** The levels that can carry evidence: EVIDENCE_LEVELS without "None", weakest first (Technical ... Strategic). */
export const PROVEN_LEVELS: readonly ProvenLevel[] = EVIDENCE_LEVELS.filter((level): level is ProvenLevel => level !== "None");

/** Evidence for Technical, Behavioural, Operational, Financial and Strategic, in that order. */
export type EvidenceFlags = readonly [boolean, boolean, boolean, boolean, boolean];

/** What a cell can hold: TRUE/FALSE, a number, text, or nothing (a blank cell). */
export type EvidenceCell = boolean | number | string | null;

/** Text that says "no evidence" (compared case-insensitively, surrounding spaces ignored). Blank text too. */
export const NO_EVIDENCE_WORDS = ["no", "n", "none", "n/a", "na", "-", "false", "0"] as const;

/**
 * Whether a cell records evidence: TRUE, a number other than 0 (NaN is not a number: no evidence), or
 * text other than blank and the NO_EVIDENCE_WORDS ("yes", "x", a link to a report all count).
 */
export function isEvidence(cell: EvidenceCell): boolean {
  if (typeof cell === "boolean") return cell;
  if (typeof cell === "number") return cell !== 0 && !Number.isNaN(cell);
  if (typeof cell === "string") {
    const text = cell.trim().toLowerCase();
    return text !== "" && !NO_EVIDENCE_WORDS.some((word) => word === text);
  }
  return false;
}

/** The evidence flags of five cells in PROVEN_LEVELS order. */
export function evidenceFlags(
  technical: EvidenceCell,
  behavioural: EvidenceCell,
  operational: EvidenceCell,
  financial: EvidenceCell,
  strategic: EvidenceCell,
): EvidenceFlags {
  return [isEvidence(technical), isEvidence(behavioural), isEvidence(operational), isEvidence(financial), isEvidence(strategic)];
}

/** The highest level with evidence, or "None". Lower levels need not be evidenced (see evidenceGapList). */
export function evidenceLevel(flags: EvidenceFlags): EvidenceLevel {
  const highest = flags.lastIndexOf(true);
  return highest < 0 ? "None" : (PROVEN_LEVELS[highest] ?? "None");
}

/** The levels without evidence below the highest level with evidence, weakest first; empty when there is no gap. */
export function evidenceGapList(flags: EvidenceFlags): ProvenLevel[] {
  const highest = flags.lastIndexOf(true);
  return PROVEN_LEVELS.filter((_, i) => i < highest && !flags[i]);
}

/** The evidence gaps as text for a cell: level names joined by ", ", or "" when there is no gap. */
export function evidenceGaps(flags: EvidenceFlags): string {
  return evidenceGapList(flags).join(", ");
}

const LEVELS_ACCEPTED = `${EVIDENCE_LEVELS.join(", ")}, or a number from 0 (None) to ${EVIDENCE_LEVELS.length - 1} (Strategic)`;

/**
 * Reads an evidence level given by name (case-insensitive, surrounding spaces ignored) or by its
 * number, 0 None ... 5 Strategic (as a number or as a digit in text). Anything else is a "value" error
 * listing what is accepted. `name` is the argument named in the message.
 */
export function parseEvidenceLevel(level: EvidenceCell, name = "evidenceLevel"): Result<EvidenceLevel> {
  const accepted = `${name} expects ${LEVELS_ACCEPTED}`;
  if (level === null || (typeof level === "string" && level.trim() === "")) return fail("value", `${name} is blank: it expects ${LEVELS_ACCEPTED}.`);
  if (typeof level === "boolean") return fail("value", `${accepted}; not ${level ? "TRUE" : "FALSE"}.`);
  const text = typeof level === "string" ? level.trim() : "";
  const number = typeof level === "number" ? level : /^\d$/.test(text) ? Number(text) : undefined;
  if (number !== undefined) {
    const byNumber = Number.isInteger(number) ? EVIDENCE_LEVELS[number] : undefined;
    return byNumber ? ok(byNumber) : fail("value", `${accepted}; not ${number}.`);
  }
  const byName = matchName(EVIDENCE_LEVELS, text);
  return byName ? ok(byName) : fail("value", `${accepted}; not "${text}".`);
}

/**
 * Reads a mandate name (case-insensitive, surrounding spaces ignored); null or blank text means no
 * mandate given. Anything else is a "value" error listing the five mandates.
 */
export function parseMandate(mandate: EvidenceCell): Result<Mandate | null> {
  if (mandate === null || (typeof mandate === "string" && mandate.trim() === "")) return ok(null);
  const found = typeof mandate === "string" ? matchName(MANDATES, mandate) : undefined;
  if (found) return ok(found);
  const shown = typeof mandate === "string" ? `"${mandate.trim()}"` : String(mandate).toUpperCase();
  return fail("value", `mandate expects one of: ${MANDATES.join("; ")}; not ${shown}.`);
}

/**
 * Reads the evidence gaps as AIVM.EVIDENCEGAPS writes them: level names (Technical ... Strategic)
 * separated by commas, each matched ignoring case and surrounding spaces; empty pieces are skipped, and
 * blank means no gap. Anything else is a "value" error naming `name` and listing the levels.
 */
export function parseEvidenceGaps(gaps: EvidenceCell, name = "gaps"): Result<ProvenLevel[]> {
  const accepted = `${name} expects level names from ${PROVEN_LEVELS.join(", ")}, separated by commas (the text AIVM.EVIDENCEGAPS returns)`;
  if (gaps === null) return ok([]);
  if (typeof gaps !== "string") return fail("value", `${accepted}; not ${String(gaps).toUpperCase()}.`);
  const levels: ProvenLevel[] = [];
  for (const piece of gaps.split(",").filter((part) => part.trim() !== "")) {
    const level = matchName(PROVEN_LEVELS, piece);
    if (!level) return fail("value", `${accepted}; "${piece.trim()}" is not one of them.`);
    levels.push(level);
  }
  return ok(levels);
}

/**
 * The value class an evidence level supports. Below Financial, value created for the mandate "Create
 * strategic options" is strategic option value rather than a leading indicator or capability.
 * With `gaps` (the levels skipped below the highest, as evidenceGapList gives them): while Financial is
 * among them, no financial line has been shown to move, so Financial or Strategic evidence is capped at
 * what it would be below Financial (Evidenced leading indicator; Strategic option value for "Create
 * strategic options"). The contract's Value class column passes no gaps (src/workbook/layout-formulas.ts).
 */
export function valueClass(level: EvidenceLevel, mandate: Mandate | null = null, gaps: readonly EvidenceLevel[] = []): ValueClass {
  if (level === "None") return "Unsupported optimism";
  const financialShown = !gaps.includes("Financial");
  if ((level === "Financial" || level === "Strategic") && financialShown) return "Realised value";
  if (mandate === "Create strategic options") return "Strategic option value";
  return level === "Technical" ? "Capability value" : "Evidenced leading indicator";
}

/** Share of a claimed amount that counts at each evidence level: fractions in [0, 1]. */
export type RiskWeights = Readonly<Record<EvidenceLevel, number>>;

/** The default weights: None 0, Technical 0.1, Behavioural 0.25, Operational 0.5, Financial 1, Strategic 1. */
export const DEFAULT_RISK_WEIGHTS: RiskWeights = {
  None: 0,
  Technical: 0.1,
  Behavioural: 0.25,
  Operational: 0.5,
  Financial: 1,
  Strategic: 1,
};

/** Weights from six fractions in EVIDENCE_LEVELS order (None ... Strategic), each in [0, 1]. */
export function riskWeightsFromArray(values: readonly number[]): Result<RiskWeights> {
  if (values.length !== EVIDENCE_LEVELS.length) {
    return fail("value", `weights expects ${EVIDENCE_LEVELS.length} cells, one per level (${EVIDENCE_LEVELS.join(", ")}); it has ${values.length}.`);
  }
  const weights: Record<EvidenceLevel, number> = { ...DEFAULT_RISK_WEIGHTS };
  for (const [i, level] of EVIDENCE_LEVELS.entries()) {
    const weight = values[i] ?? Number.NaN;
    if (!(weight >= 0 && weight <= 1)) return fail("num", `weights (cell ${i + 1}, ${level}) must be from 0 to 1 (50% = 0.5); it is ${weight}.`);
    weights[level] = weight;
  }
  return ok(weights);
}

/**
 * The amount (workbook's currency) that survives risk adjustment: a claimed benefit (0 or more) x the
 * weight of its level. A negative amount is a cost and counts in full whatever the evidence, as the
 * ledger counts costs (lineClass): weighting a cost down would flatter the case, against the prudence of
 * the IFRS Conceptual Framework (2018, paragraph 2.16: expenses are not understated).
 */
export function riskAdjusted(amount: number, level: EvidenceLevel, weights: RiskWeights = DEFAULT_RISK_WEIGHTS): Result<number> {
  if (!Number.isFinite(amount)) return fail("num", "amount must be a finite number.");
  const weight = weights[level];
  if (!(weight >= 0 && weight <= 1)) return fail("num", `The weight for ${level} must be from 0 to 1; it is ${weight}.`);
  return ok(amount < 0 ? amount : amount * weight);
}
