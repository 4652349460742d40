import type { ContractField, ValueReview } from "../domain/contract";
import type { ContractFigures } from "../domain/contract-figures";
import { CAPTURE_DECISIONS, DECISIONS, EVIDENCE_LEVELS, MANDATES, REVIEW_CADENCES, STATUSES, VALUE_CHAINS } from "../domain/lists";
import { columnLetter } from "./excel-api";
import { lifecycleCostFormula, nextReviewFormula, realisedValueFormula, valueClassFormula } from "./layout-formulas";
export { columnLetter } from "./excel-api";

/**
 * The two tables AIVM keeps in the workbook: a public interface (documented in the README), so headers
 * and their order only change with a migration. Columns are found by header name, never by position,
 * so a user may reorder them or add columns of their own.
 */

/** Accounting format without a currency symbol (Excel's built-in "Accounting", en-US codes as numberFormat takes them). */
export const ACCOUNTING_FORMAT = '_(* #,##0.00_);_(* (#,##0.00);_(* "-"??_);_(@_)';
/** Unambiguous in every locale, and sorts as text would. */
export const DATE_FORMAT = "yyyy-mm-dd";
/** Updated is a UTC date and time. */
export const DATETIME_FORMAT = "yyyy-mm-dd hh:mm:ss";

/** How a column's cells convert between Excel and the record. */
export type DataKind = "text" | "amount" | "number" | "list" | "date" | "datetime";
/** A calculated column's result decides its number format. */
export type ResultKind = "amount" | "text" | "date";

export interface DataColumn<F extends string> {
  readonly header: string;
  readonly field: F;
  readonly kind: DataKind;
  /** The allowed values of a list column (its dropdown); empty for other kinds. */
  readonly list: readonly string[];
}

export interface CalculatedColumn<F extends string> {
  readonly header: string;
  readonly field: F;
  readonly kind: "calculated";
  readonly result: ResultKind;
  /** The formula of every row: a native Excel formula with structured references to its own row. */
  readonly formula: string;
}

export type Column<F extends string = string, C extends string = string> = DataColumn<F> | CalculatedColumn<C>;

export interface TableLayout<F extends string = string, C extends string = string> {
  readonly table: string;
  readonly sheet: string;
  /** Field holding the row's key (Contract ID, Review ID). */
  readonly key: F;
  readonly columns: readonly Column<F, C>[];
}

/** The header of a table's key column: "Contract ID", "Review ID". */
export const keyHeader = (layout: TableLayout): string => layout.columns.find((column) => column.field === layout.key)?.header ?? "ID";

/** Column builders that take each header from a table's header map, so a header is spelled once. */
function columnsOf<F extends string, C extends string>(headers: Readonly<Record<F | C, string>>) {
  return {
    data: (field: F, kind: Exclude<DataKind, "list">): DataColumn<F> => ({ header: headers[field], field, kind, list: [] }),
    list: (field: F, options: readonly string[]): DataColumn<F> => ({ header: headers[field], field, kind: "list", list: options }),
    calculated: (field: C, result: ResultKind, formula: string): CalculatedColumn<C> => ({
      header: headers[field],
      field,
      kind: "calculated",
      result,
      formula,
    }),
  };
}

export type FigureField = keyof ContractFigures;

/** The header of every ValueContracts column, by field (figures for the calculated columns). */
export const CONTRACT_HEADERS = {
  id: "Contract ID",
  title: "Title",
  valueChain: "Value chain",
  mandate: "Mandate",
  status: "Status",
  outcome: "Enterprise outcome",
  outcomeMetric: "Outcome metric",
  baseline: "Baseline",
  target: "Target",
  counterfactual: "Counterfactual",
  owner: "Accountable owner",
  ownerRole: "Owner role",
  mechanism: "Value mechanism",
  captureDecision: "Capture decision",
  incrementalRevenue: "Incremental revenue",
  protectedEarnings: "Protected earnings",
  capacityValue: "Capacity value",
  avoidedLoss: "Avoided loss",
  optionValue: "Option value",
  technologyCost: "Technology cost",
  dataCost: "Data cost",
  integrationCost: "Integration cost",
  changeCost: "Change cost",
  governanceCost: "Governance cost",
  workforceTransitionCost: "Workforce transition cost",
  qualityControlCost: "Quality control cost",
  operatingCost: "Operating cost",
  friction: "Friction",
  riskFailures: "Risk failures",
  cannibalisation: "Cannibalisation",
  lifecycleCost: "Lifecycle cost",
  realisedValue: "Realised value",
  evidenceLevel: "Evidence level",
  valueClass: "Value class",
  evidenceNotes: "Evidence notes",
  decisionRights: "Decision rights",
  controls: "Controls",
  failureTolerance: "Failure tolerance",
  scaleCondition: "Scale condition",
  stopCondition: "Stop condition",
  expandAtValue: "Expand at value",
  stopBelowValue: "Stop below value",
  reviewCadence: "Review cadence",
  lastReview: "Last review",
  nextReview: "Next review",
  version: "Version",
  updated: "Updated",
} as const satisfies Record<ContractField | FigureField, string>;

const H = CONTRACT_HEADERS;
const { data, list, calculated } = columnsOf<ContractField, FigureField>(H);

export const CONTRACTS: TableLayout<ContractField, FigureField> = {
  table: "ValueContracts",
  sheet: "Value Contracts",
  key: "id",
  columns: [
    data("id", "text"),
    data("title", "text"),
    list("valueChain", VALUE_CHAINS),
    list("mandate", MANDATES),
    list("status", STATUSES),
    data("outcome", "text"),
    data("outcomeMetric", "text"),
    data("baseline", "number"),
    data("target", "number"),
    data("counterfactual", "text"),
    data("owner", "text"),
    data("ownerRole", "text"),
    data("mechanism", "text"),
    list("captureDecision", CAPTURE_DECISIONS),
    data("incrementalRevenue", "amount"),
    data("protectedEarnings", "amount"),
    data("capacityValue", "amount"),
    data("avoidedLoss", "amount"),
    data("optionValue", "amount"),
    data("technologyCost", "amount"),
    data("dataCost", "amount"),
    data("integrationCost", "amount"),
    data("changeCost", "amount"),
    data("governanceCost", "amount"),
    data("workforceTransitionCost", "amount"),
    data("qualityControlCost", "amount"),
    data("operatingCost", "amount"),
    data("friction", "amount"),
    data("riskFailures", "amount"),
    data("cannibalisation", "amount"),
    calculated("lifecycleCost", "amount", lifecycleCostFormula(H)),
    calculated("realisedValue", "amount", realisedValueFormula(H)),
    list("evidenceLevel", EVIDENCE_LEVELS),
    calculated("valueClass", "text", valueClassFormula(H)),
    data("evidenceNotes", "text"),
    data("decisionRights", "text"),
    data("controls", "text"),
    data("failureTolerance", "text"),
    data("scaleCondition", "text"),
    data("stopCondition", "text"),
    data("expandAtValue", "amount"),
    data("stopBelowValue", "amount"),
    list("reviewCadence", REVIEW_CADENCES),
    data("lastReview", "date"),
    calculated("nextReview", "date", nextReviewFormula(H)),
    data("version", "number"),
    data("updated", "datetime"),
  ],
};

export type ReviewField = keyof ValueReview;

/** The header of every ValueReviews column, by field. */
export const REVIEW_HEADERS = {
  id: "Review ID",
  contractId: "Contract ID",
  date: "Review date",
  reviewer: "Reviewer",
  evidenceLevel: "Evidence level",
  realisedToDate: "Realised to date",
  forecastValue: "Forecast value",
  decision: "Decision",
  rationale: "Rationale",
  assumptionsChanged: "Assumptions changed",
  nextReview: "Next review",
} as const satisfies Record<ReviewField, string>;

const review = columnsOf<ReviewField, never>(REVIEW_HEADERS);

export const REVIEWS: TableLayout<ReviewField, never> = {
  table: "ValueReviews",
  sheet: "Value Reviews",
  key: "id",
  columns: [
    review.data("id", "text"),
    review.data("contractId", "text"),
    review.data("date", "date"),
    review.data("reviewer", "text"),
    review.list("evidenceLevel", EVIDENCE_LEVELS),
    review.data("realisedToDate", "amount"),
    review.data("forecastValue", "amount"),
    review.list("decision", DECISIONS),
    review.data("rationale", "text"),
    review.data("assumptionsChanged", "text"),
    review.data("nextReview", "date"),
  ],
};

/**
 * Dropdown sources. Excel caps a typed list source at 255 characters (the capture decisions alone
 * take 331), so every dropdown points at a range on a sheet of lists that set-up writes and repairs.
 */
export const LISTS_SHEET = "AIVM Lists";
/** Each list under its column's header, in a fixed order (columns A to G: documented in the README). */
export const LISTS: readonly { readonly header: string; readonly values: readonly string[] }[] = [
  { header: H.valueChain, values: VALUE_CHAINS },
  { header: H.mandate, values: MANDATES },
  { header: H.status, values: STATUSES },
  { header: H.captureDecision, values: CAPTURE_DECISIONS },
  { header: H.evidenceLevel, values: EVIDENCE_LEVELS },
  { header: H.reviewCadence, values: REVIEW_CADENCES },
  { header: REVIEW_HEADERS.decision, values: DECISIONS },
];

/** The number format of a column, or null for General. */
export function numberFormatOf(column: Column): string | null {
  const kind = column.kind === "calculated" ? column.result : column.kind;
  if (kind === "amount") return ACCOUNTING_FORMAT;
  if (kind === "date") return DATE_FORMAT;
  if (kind === "datetime") return DATETIME_FORMAT;
  return null;
}

/** The data-validation source of a list column: an absolute reference into the lists sheet. */
export function listSourceOf(options: readonly string[]): string | null {
  const index = LISTS.findIndex((entry) => entry.values === options);
  if (index < 0) return null;
  const letter = columnLetter(index);
  return `='${LISTS_SHEET}'!$${letter}$2:$${letter}$${options.length + 1}`;
}

/** Header names compare as Excel compares them: case-insensitively, ignoring surrounding spaces. */
export const headerKey = (header: unknown): string => String(header).trim().toLowerCase();
