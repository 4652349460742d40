import { BENEFIT_FIELDS, LIFECYCLE_COST_FIELDS, OTHER_COST_FIELDS, type ContractField, type ContractFigureField } from "../domain/contract";
import { valueClass } from "../domain/evidence";
import { EVIDENCE_LEVELS, MANDATES, REVIEW_CADENCES, type Mandate } from "../domain/lists";
import { CADENCE_STEPS } from "../domain/review-cadence";

/**
 * The calculated columns of ValueContracts as native Excel formulas with structured references to the
 * same row ([@[Header]]), so the workbook computes them without the add-in. They are generated from the
 * domain's own tables (value classes, cadence steps), so the sheet and the pane cannot disagree.
 */

type Headers = Readonly<Record<ContractField | ContractFigureField, string>>;

/** A reference to this row's cell in a column: [@[Technology cost]]. */
export const thisRow = (header: string): string => `[@[${header.replace(/(['#[\]@])/g, "'$1")}]]`;

const quoted = (text: string): string => `"${text.replace(/"/g, '""')}"`;

const sumOf = (headers: Headers, fields: readonly (ContractField | ContractFigureField)[]): string =>
  `SUM(${fields.map((field) => thisRow(headers[field])).join(",")})`;

/** Lifecycle cost = the sum of the eight lifecycle cost columns (blank counts as 0). */
export function lifecycleCostFormula(headers: Headers): string {
  return `=${sumOf(headers, LIFECYCLE_COST_FIELDS)}`;
}

/** Realised value = the five benefits - (lifecycle cost + friction + risk failures + cannibalisation). */
export function realisedValueFormula(headers: Headers): string {
  return `=${sumOf(headers, BENEFIT_FIELDS)}-${sumOf(headers, ["lifecycleCost", ...OTHER_COST_FIELDS])}`;
}

/** SWITCH over the evidence level giving the value class for one mandate (null: any mandate without a rule of its own). */
function classSwitch(level: string, mandate: Mandate | null): string {
  const pairs = EVIDENCE_LEVELS.map((name) => `${quoted(name)},${quoted(valueClass(name, mandate))}`);
  return `SWITCH(${level},${pairs.join(",")},"")`;
}

/**
 * Value class from Evidence level and Mandate, as the domain's valueClass decides it: one SWITCH for
 * each mandate that changes the outcome (today only "Create strategic options"), then the general one.
 * Blank when Evidence level is blank.
 */
export function valueClassFormula(headers: Headers): string {
  const level = thisRow(headers.evidenceLevel);
  const mandate = thisRow(headers.mandate);
  const special = MANDATES.filter((name) => EVIDENCE_LEVELS.some((lvl) => valueClass(lvl, name) !== valueClass(lvl, null)));
  const body = special.reduceRight(
    (otherwise, name) => `IF(${mandate}=${quoted(name)},${classSwitch(level, name)},${otherwise})`,
    classSwitch(level, null),
  );
  return `=IF(${level}="","",${body})`;
}

/**
 * Next review = Last review + the cadence: +7 or +14 days, or EDATE by 1, 3, 6 or 12 months (so
 * 31 January + Monthly is the last day of February). Blank when either cell is blank.
 */
export function nextReviewFormula(headers: Headers): string {
  const last = thisRow(headers.lastReview);
  const cadence = thisRow(headers.reviewCadence);
  const pairs = REVIEW_CADENCES.map((name) => {
    const step = CADENCE_STEPS[name];
    return `${quoted(name)},${step.unit === "days" ? `${last}+${step.count}` : `EDATE(${last},${step.count})`}`;
  });
  return `=IF(OR(${last}="",${cadence}=""),"",SWITCH(${cadence},${pairs.join(",")},""))`;
}
