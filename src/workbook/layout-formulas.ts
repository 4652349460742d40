import { BENEFIT_FIELDS, LIFECYCLE_COST_FIELDS, OTHER_COST_FIELDS, type ContractField, type ContractFigureField } from "../domain/contract";
import { valueClass } from "../domain/evidence";
import type { CalculatedKey } from "../domain/field-model";
import { BENEFIT_LINES, LEDGER_FIELDS, LEDGER_LINES, lineClass, UNDECIDED_CAPTURE, type LedgerField, type LedgerLine } from "../domain/ledger";
import { CAPTURE_DECISIONS, EVIDENCE_LEVELS, MANDATES, REVIEW_CADENCES, type EvidenceLevel, type Mandate } from "../domain/lists";
import { CADENCE_STEPS } from "../domain/review-cadence";

/**
 * The calculated columns of ValueContracts as native Excel formulas with structured references to the
 * same row ([@[Header]]), so the workbook computes them without the add-in. They are generated from the
 * domain's own tables (value classes, cadence steps), so the sheet and the pane cannot disagree.
 */

type Headers = Readonly<Record<ContractField | ContractFigureField, string>>;

/** A reference to this row's cell in a column: [@[Technology cost]]. */
export const thisRow = (header: string): string => `[@[${header.replace(/(['#[\]@])/g, "'$1")}]]`;

/** Text as an Excel string literal: "a ""quoted"" word". */
export const quoted = (text: string): string => `"${text.replace(/"/g, '""')}"`;

const sumOf = (headers: Headers, fields: readonly (ContractField | ContractFigureField)[]): string =>
  `SUM(${fields.map((field) => thisRow(headers[field])).join(",")})`;

/** Lifecycle cost = the sum of the eight lifecycle cost columns (blank counts as 0). */
export function lifecycleCostFormula(headers: Headers): string {
  return `=${sumOf(headers, LIFECYCLE_COST_FIELDS)}`;
}

/**
 * Planned value = the five benefits - (lifecycle cost + friction + risk failures + cannibalisation), at
 * annual run-rate, with Incremental revenue counted at its Revenue margin (revenue is not profit; a
 * blank margin counts the revenue as 0, N() reading a blank cell as 0).
 */
export function plannedValueFormula(headers: Headers): string {
  const others = BENEFIT_FIELDS.filter((field) => field !== "incrementalRevenue");
  return `=${thisRow(headers.incrementalRevenue)}*N(${thisRow(headers.revenueMargin)})+${sumOf(headers, others)}-${sumOf(headers, ["lifecycleCost", ...OTHER_COST_FIELDS])}`;
}

/** Nested IFs over the evidence level giving the value class for one mandate (null: any mandate without a rule of its own). */
function classChoice(level: string, mandate: Mandate | null): string {
  const groups = groupBy(EVIDENCE_LEVELS, (name) => valueClass(name, mandate));
  return choose(level, groups.map((group) => ({ names: group.names, then: quoted(group.value) })), '""');
}

/**
 * Value class from Evidence level and Mandate, as the domain's valueClass decides it: nested IFs over
 * the levels for each mandate that changes the outcome (today only "Create strategic options"), then the
 * general ones. Blank when Evidence level is blank. IF and OR only (not SWITCH, which needs Excel 2019).
 */
export function valueClassFormula(headers: Headers): string {
  const level = thisRow(headers.evidenceLevel);
  const mandate = thisRow(headers.mandate);
  const special = MANDATES.filter((name) => EVIDENCE_LEVELS.some((lvl) => valueClass(lvl, name) !== valueClass(lvl, null)));
  const body = special.reduceRight(
    (otherwise, name) => `IF(${mandate}=${quoted(name)},${classChoice(level, name)},${otherwise})`,
    classChoice(level, null),
  );
  return `=IF(${level}="","",${body})`;
}

/**
 * Next review = Last review + the cadence (IF, OR and EDATE: any Excel): +7 or +14 days, or EDATE by 1, 3, 6 or 12 months (so
 * 31 January + Monthly is the last day of February). Blank when either cell is blank.
 */
export function nextReviewFormula(headers: Headers): string {
  const last = thisRow(headers.lastReview);
  const cadence = thisRow(headers.reviewCadence);
  const steps = REVIEW_CADENCES.map((name) => {
    const step = CADENCE_STEPS[name];
    return { names: [name], then: step.unit === "days" ? `${last}+${step.count}` : `EDATE(${last},${step.count})` };
  });
  return `=IF(OR(${last}="",${cadence}=""),"",${choose(cadence, steps, '""')})`;
}

/** The names of the tables the formulas refer to across: the layouts (layout.ts) take them from here. */
export const LEDGER_TABLE = "ValueLedger";
export const CONTRACTS_TABLE = "ValueContracts";

export type LedgerHeaders = Readonly<Record<LedgerField | CalculatedKey<typeof LEDGER_FIELDS>, string>>;

/** A whole column of another table: ValueLedger[Realised amount]. */
export const columnOf = (table: string, header: string): string => `${table}[${header.replace(/(['#[\]@])/g, "'$1")}]`;

/**
 * A cell's text with the wildcards of MATCH and SUMIFS escaped: "~" before each ~, * and ? (MATCH's and SUMIFS's
 * pages: "type a tilde (~) before the character"), so a Contract ID such as "Pilot*" or "Q?" means itself only.
 */
const literalPattern = (cell: string): string => `SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${cell},"~","~~"),"*","~*"),"?","~?")`;

/** A Contract ID as MATCH's lookup_value: text escaped, a number left a number (MATCH tells 7 from "7"). */
const lookupKey = (cell: string): string => `IF(ISTEXT(${cell}),${literalPattern(cell)},${cell})`;

/**
 * A Contract ID as a SUMIFS criterion: "=" then the escaped text, so an ID that begins with <, > or = is compared, not
 * read as an operator. (A blank ID is then "=", which selects ledger rows whose Contract ID is blank.) Over a whole
 * column inside SUMPRODUCT it gives one criterion per contract (report-layout.ts).
 */
export const criterionKey = (cell: string): string => `"="&${literalPattern(cell)}`;

/** SUMIFS of a ledger column over this contract's rows (and further criteria pairs). */
function ledgerSum(contract: Headers, ledger: LedgerHeaders, column: string, ...criteria: string[]): string {
  return `=SUMIFS(${[columnOf(LEDGER_TABLE, column), columnOf(LEDGER_TABLE, ledger.contractId), criterionKey(thisRow(contract.id)), ...criteria].join(",")})`;
}

/** Realised to date = the sum of this contract's Realised amount in the ledger. */
export function realisedToDateFormula(headers: Headers, ledger: LedgerHeaders): string {
  return ledgerSum(headers, ledger, ledger.realisedAmount);
}

/** Evidenced to date = the sum of this contract's Actual on ledger lines that count as an evidenced leading indicator. */
export function evidencedToDateFormula(headers: Headers, ledger: LedgerHeaders): string {
  return ledgerSum(headers, ledger, ledger.actual, columnOf(LEDGER_TABLE, ledger.countsAs), quoted("Evidenced leading indicator"));
}

/** Variance to date = the sum of this contract's Variance in the ledger (favourable positive). */
export function varianceToDateFormula(headers: Headers, ledger: LedgerHeaders): string {
  return ledgerSum(headers, ledger, ledger.variance);
}

/** OR(cell="a",cell="b",...), or the one comparison. */
const anyOf = (cell: string, names: readonly string[]): string => (names.length === 1 ? `${cell}=${quoted(names[0] ?? "")}` : `OR(${names.map((name) => `${cell}=${quoted(name)}`).join(",")})`);

/** The contract's cell in a column, for this ledger row's Contract ID: "" when there is no such contract. */
function contractCell(ledger: LedgerHeaders, contract: Headers, field: ContractField, numeric: boolean): string {
  const index = `INDEX(${columnOf(CONTRACTS_TABLE, contract[field])},MATCH(${lookupKey(thisRow(ledger.contractId))},${columnOf(CONTRACTS_TABLE, contract.id)},0))`;
  return numeric ? `IFERROR(N(${index}),0)` : `IFERROR(""&${index},"")`;
}

/** Nested IFs choosing among values by which group of names a cell holds; `otherwise` when none. */
function choose(cell: string, groups: readonly { names: readonly string[]; then: string }[], otherwise: string): string {
  return groups.reduceRight((rest, group) => `IF(${anyOf(cell, group.names)},${group.then},${rest})`, otherwise);
}

/** Groups keys by the value they map to, in first-seen order. */
function groupBy<T extends string>(keys: readonly T[], valueOf: (key: T) => string): { names: T[]; value: string }[] {
  const groups: { names: T[]; value: string }[] = [];
  for (const key of keys) {
    const value = valueOf(key);
    const group = groups.find((candidate) => candidate.value === value);
    if (group) group.names.push(key);
    else groups.push({ names: [key], value });
  }
  return groups;
}

/**
 * Counts as, as the domain's lineClass decides it, written out from lineClass itself: the lines grouped
 * by how they count, each group's evidence levels grouped by result, and the capture decision consulted
 * only for a line whose class depends on it (Capacity value). Only IF, OR, INDEX, MATCH, IFERROR, ISTEXT
 * and SUBSTITUTE (Excel 2010 and earlier), so the ledger recalculates in any Excel. Blank for a Line not in the list.
 */
export function countsAsFormula(ledger: LedgerHeaders, contract: Headers): string {
  const line = thisRow(ledger.line);
  const level = thisRow(ledger.evidenceLevel);
  const capture = contractCell(ledger, contract, "captureDecision", false);
  const undecided = `OR(${capture}="",${capture}=${quoted(UNDECIDED_CAPTURE[1] ?? CAPTURE_DECISIONS[0])})`;
  const decided = CAPTURE_DECISIONS[1];
  // A blank level reads as "" and counts as None.
  const byLevel = (classOf: (level: EvidenceLevel) => string): string => {
    const groups = groupBy(EVIDENCE_LEVELS, classOf);
    const none = groups.find((group) => group.names.includes("None"));
    return choose(level, groups.filter((group) => group !== none).map((group) => ({ names: group.names, then: quoted(group.value) })), quoted(none?.value ?? ""));
  };
  const bodyOf = (name: LedgerLine): string => {
    const whenDecided = byLevel((lvl) => lineClass(name, lvl, decided));
    const whenUndecided = byLevel((lvl) => lineClass(name, lvl, null));
    return whenDecided === whenUndecided ? whenDecided : `IF(${undecided},${whenUndecided},${whenDecided})`;
  };
  const groups = groupBy(LEDGER_LINES, bodyOf);
  return `=${choose(line, groups.map((group) => ({ names: group.names, then: group.value })), '""')}`;
}

/** Variance, favourable positive: Actual - Plan for a benefit, Plan - Actual for a cost; blank while Actual is blank. */
export function varianceFormula(ledger: LedgerHeaders): string {
  const actual = thisRow(ledger.actual);
  const plan = `N(${thisRow(ledger.plan)})`;
  const counts = thisRow(ledger.countsAs);
  return `=IF(OR(NOT(ISNUMBER(${actual})),${counts}=""),"",IF(${counts}="Cost",${plan}-${actual},${actual}-${plan}))`;
}

/**
 * Realised amount: a benefit's Actual when it counts as Realised value (Incremental revenue times the
 * contract's Revenue margin), minus a cost's Actual, 0 otherwise and while Actual is blank.
 */
export function realisedAmountFormula(ledger: LedgerHeaders, contract: Headers): string {
  const actual = thisRow(ledger.actual);
  const counts = thisRow(ledger.countsAs);
  const margin = contractCell(ledger, contract, "revenueMargin", true);
  const revenue = quoted("Incremental revenue");
  return `=IF(NOT(ISNUMBER(${actual})),0,IF(${counts}="Cost",-${actual},IF(${counts}="Realised value",${actual}*IF(${thisRow(ledger.line)}=${revenue},${margin},1),0)))`;
}

/**
 * Planned amount, favourable positive, as the domain's plannedAmount: a benefit's Plan (Incremental revenue times the
 * contract's Revenue margin, a blank margin or no contract counting 0, as in Realised amount), minus a cost's Plan;
 * 0 while Plan is blank. Per row, so the report sums plans with one SUMIFS over the ledger.
 */
export function plannedAmountFormula(ledger: LedgerHeaders, contract: Headers): string {
  const plan = thisRow(ledger.plan);
  const line = thisRow(ledger.line);
  const margin = contractCell(ledger, contract, "revenueMargin", true);
  const others = BENEFIT_LINES.filter((name) => name !== "Incremental revenue");
  return `=IF(NOT(ISNUMBER(${plan})),0,IF(${line}=${quoted("Incremental revenue")},${plan}*${margin},IF(${anyOf(line, others)},${plan},-${plan})))`;
}

/** Contract status: the Status of this row's contract, "" when its Contract ID names no contract (the report's filter). */
export function contractStatusFormula(ledger: LedgerHeaders, contract: Headers): string {
  return `=${contractCell(ledger, contract, "status", false)}`;
}
