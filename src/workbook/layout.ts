import { ACCOUNTING_FORMAT } from "../domain/field-model";
import { LOSS_EXPOSURE_FIELDS } from "../domain/loss-exposure";
import { BENEFIT_FIELDS, CONTRACT_FIELDS, LIFECYCLE_COST_FIELDS, OTHER_COST_FIELDS, type ContractField, type ContractFigureField } from "../domain/contract";
import { isDataField, type CalculatedField, type DataField, type Field } from "../domain/field-model";
import { LEDGER_FIELDS } from "../domain/ledger";
import { REVIEW_FIELDS, type ReviewField } from "../domain/review";
import { SETTINGS_FIELDS } from "../domain/settings";
import { RANGE_FIELDS } from "../domain/value-range";
import {
  contractStatusFormula,
  countsAsFormula,
  evidencedToDateFormula,
  lifecycleCostFormula,
  nextReviewFormula,
  plannedAmountFormula,
  plannedValueFormula,
  realisedAmountFormula,
  realisedToDateFormula,
  valueClassFormula,
  varianceFormula,
  varianceToDateFormula,
  CONTRACTS_TABLE,
  LEDGER_TABLE,
  type LedgerHeaders,
} from "./layout-formulas";
import { columnLetter, type DataValidationLike } from "./excel-api";

/**
 * The tables AIVM keeps in the workbook, derived from the field model (src/domain/contract.ts,
 * review.ts, ledger.ts and settings.ts): a public interface (documented in the README), so headers and their order only change
 * with a migration. Columns are found by header name, never by position, so a user may reorder them
 * or add columns of their own.
 */

/**
 * A column AIVM writes values into: the field's own declaration, and for a number column that the table keeps at 0 or
 * more, its format (LossExposure's frequencies are events a year, shown 0.00; its impacts money, shown as accounting).
 */
export type DataColumn = DataField & { readonly numberFormat?: string; readonly atLeast?: number };
/** A calculated column: its declaration and the formula every row carries. */
export type CalculatedColumn = CalculatedField & {
  /** A native Excel formula with structured references to its own row. */
  readonly formula: string;
};
export type Column = DataColumn | CalculatedColumn;

export interface TableLayout {
  readonly table: string;
  readonly sheet: string;
  /** Field holding the row's key (Contract ID, Review ID); for ValueRanges, the contract the row belongs to. */
  readonly key: string;
  /**
   * The fields that together tell a row apart, where the key alone does not: ValueRanges has one row per
   * Contract ID and Line. Absent: the key is unique by itself.
   */
  readonly unique?: readonly string[];
  readonly columns: readonly Column[];
  /** Where a new table's header row starts on its sheet (A1 unless it shares a sheet). */
  readonly anchor?: { readonly row: number; readonly column: number };
}

/** The header of a table's key column: "Contract ID", "Review ID". */
export const keyHeader = (layout: TableLayout): string => layout.columns.find((column) => column.key === layout.key)?.header ?? "ID";

/** The columns of a table: its fields in order, each calculated one with its formula. */
function columnsOf(fields: readonly Field[], formulas: Readonly<Record<string, string>>): Column[] {
  return fields.map((field) => (isDataField(field) ? field : { ...field, formula: formulas[field.key] ?? "" }));
}

/** The header of every ValueContracts column, by key: what the formulas (here and the report's) refer to. */
export const CONTRACT_HEADERS = Object.fromEntries(CONTRACT_FIELDS.map((field) => [field.key, field.header])) as Readonly<Record<ContractField | ContractFigureField, string>>;

/** The header of every ValueLedger column, by key. */
export const LEDGER_HEADERS = Object.fromEntries(LEDGER_FIELDS.map((field) => [field.key, field.header])) as LedgerHeaders;

/** The formula of each calculated column of ValueContracts (layout-formulas.ts). */
const CONTRACT_FORMULAS: Readonly<Record<ContractFigureField, string>> = {
  lifecycleCost: lifecycleCostFormula(CONTRACT_HEADERS),
  plannedValue: plannedValueFormula(CONTRACT_HEADERS),
  realisedToDate: realisedToDateFormula(CONTRACT_HEADERS, LEDGER_HEADERS),
  evidencedToDate: evidencedToDateFormula(CONTRACT_HEADERS, LEDGER_HEADERS),
  varianceToDate: varianceToDateFormula(CONTRACT_HEADERS, LEDGER_HEADERS),
  valueClass: valueClassFormula(CONTRACT_HEADERS),
  nextReview: nextReviewFormula(CONTRACT_HEADERS),
};

export const CONTRACTS: TableLayout = {
  table: CONTRACTS_TABLE,
  sheet: "Value Contracts",
  key: "id",
  columns: columnsOf(CONTRACT_FIELDS, CONTRACT_FORMULAS),
};

/** The header of every ValueReviews column, by key. */
export const REVIEW_HEADERS = Object.fromEntries(REVIEW_FIELDS.map((field) => [field.key, field.header])) as Readonly<Record<ReviewField, string>>;

export const REVIEWS: TableLayout = {
  table: "ValueReviews",
  sheet: "Value Reviews",
  key: "id",
  columns: columnsOf(REVIEW_FIELDS, {}),
};

export const LEDGER: TableLayout = {
  table: LEDGER_TABLE,
  sheet: "Value Ledger",
  key: "id",
  columns: columnsOf(LEDGER_FIELDS, {
    countsAs: countsAsFormula(LEDGER_HEADERS, CONTRACT_HEADERS),
    variance: varianceFormula(LEDGER_HEADERS),
    realisedAmount: realisedAmountFormula(LEDGER_HEADERS, CONTRACT_HEADERS),
    plannedAmount: plannedAmountFormula(LEDGER_HEADERS, CONTRACT_HEADERS),
    contractStatus: contractStatusFormula(LEDGER_HEADERS, CONTRACT_HEADERS),
  }),
};

/** How uncertain each contract line is: at most one row per Contract ID and Line (value-range.ts). */
export const RANGES: TableLayout = {
  table: "ValueRanges",
  sheet: "Value Ranges",
  key: "contractId",
  unique: ["contractId", "line"],
  columns: columnsOf(RANGE_FIELDS, {}),
};

/** Events a year are counts, not money: two decimals (0.20 is one every five years), no thousands separator needed. */
export const FREQUENCY_FORMAT = "0.00";

/**
 * The loss an avoided-loss contract works on, with and without it: at most one row per Contract ID (loss-exposure.ts).
 * Its fields are numbers in the domain; here frequencies show as 0.00 and impacts as accounting, and both refuse a
 * negative in the sheet, as the schema does.
 */
export const LOSSES: TableLayout = {
  table: "LossExposure",
  sheet: "Loss Exposure",
  key: "contractId",
  columns: LOSS_EXPOSURE_FIELDS.map((field): Column => (field.kind === "number" ? { ...field, atLeast: 0, numberFormat: field.key.startsWith("frequency") ? FREQUENCY_FORMAT : ACCOUNTING_FORMAT } : field)),
};

/**
 * Dropdown sources. Excel caps a typed list source at 255 characters (the capture decisions alone
 * take 331), so every dropdown points at a range on a sheet of lists that set-up writes and repairs.
 */
export const LISTS_SHEET = "AIVM Lists";

const SETTINGS_COLUMNS = columnsOf(SETTINGS_FIELDS, {});

/**
 * Each list under the header of the first column that uses it, in column order of ValueContracts,
 * ValueReviews, ValueLedger, AIVMSettings and ValueRanges (documented in the README). ValueRanges' Line shares the
 * ledger's list; its place last keeps every earlier list where workbooks already have it.
 */
export const LISTS: readonly { readonly header: string; readonly values: readonly string[] }[] = [CONTRACTS.columns, REVIEWS.columns, LEDGER.columns, SETTINGS_COLUMNS, RANGES.columns]
  .flat()
  .flatMap((column) => (column.kind === "list" ? [{ header: column.header, values: column.list }] : []))
  .filter((entry, index, all) => all.findIndex((other) => other.values === entry.values) === index);

/** The workbook's settings: one row, on the lists sheet, one blank column to the right of the lists. */
export const SETTINGS: TableLayout = {
  table: "AIVMSettings",
  sheet: LISTS_SHEET,
  key: "period",
  columns: SETTINGS_COLUMNS,
  anchor: { row: 0, column: LISTS.length + 1 },
};

/** The data-validation source of a list column: an absolute reference into the lists sheet. */
export function listSourceOf(options: readonly string[]): string | null {
  const index = LISTS.findIndex((entry) => entry.values === options);
  if (index < 0) return null;
  const letter = columnLetter(index);
  return `='${LISTS_SHEET}'!$${letter}$2:$${letter}$${options.length + 1}`;
}


/** A column's data-validation rule, with the words Excel shows: as the user selects a cell, and when a value is refused. */
export interface ColumnValidation {
  readonly rule: DataValidationLike["rule"];
  readonly prompt: string;
  readonly alert: string;
}

/**
 * The validation rule of a column, from its kind: a dropdown for a list, decimal >= 0 for an amount,
 * a decimal for a signed amount or number, a date from `firstDate` (ISO: the date system's
 * first date) for a date, a whole number >= 1 for Version; none for text and calculated columns.
 */
export function validationOf(column: Column, firstDate: string): ColumnValidation | null {
  const name = column.header;
  switch (column.kind) {
    case "list": {
      const source = listSourceOf(column.list);
      return source === null ? null : { rule: { list: { inCellDropDown: true, source } }, prompt: `Choose ${name} from the list.`, alert: `${name} must be one of the values in the list.` };
    }
    case "amount":
      return { rule: { decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" } }, prompt: "An amount of 0 or more. Enter costs as positive amounts.", alert: `${name} must be a number of 0 or more: enter costs and benefits as positive amounts.` };
    case "number":
      if (column.atLeast !== undefined) {
        return { rule: { decimal: { formula1: column.atLeast, operator: "GreaterThanOrEqualTo" } }, prompt: column.form?.hint ?? `A number of ${column.atLeast} or more.`, alert: `${name} must be a number of ${column.atLeast} or more.` };
      }
      return { rule: { decimal: { formula1: -1e15, formula2: 1e15, operator: "Between" } }, prompt: "A number.", alert: `${name} must be a number.` };
    case "signed amount":
      return { rule: { decimal: { formula1: -1e15, formula2: 1e15, operator: "Between" } }, prompt: "A number.", alert: `${name} must be a number.` };
    case "fraction":
      return { rule: { decimal: { formula1: 0, formula2: 1, operator: "Between" } }, prompt: "A percentage from 0% to 100%, such as 35%.", alert: `${name} must be a percentage from 0% to 100%.` };
    case "date":
      return { rule: { date: { formula1: firstDate, operator: "GreaterThanOrEqualTo" } }, prompt: "A date, such as 2026-01-31.", alert: `${name} must be a date.` };
    case "date-time":
      return { rule: { decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" } }, prompt: "Set by AIVM when it saves the row.", alert: `${name} must be a date and time.` };
    case "whole number":
      return { rule: { wholeNumber: { formula1: column.min, operator: "GreaterThanOrEqualTo" } }, prompt: "Set by AIVM when it saves the row.", alert: `${name} must be a whole number of ${column.min} or more.` };
    default:
      return null;
  }
}

/**
 * The ValueContracts columns the portfolio reads: what it shows and searches, the amounts its figures
 * need, and the fields a live contract must have (so a row's validity is judged as in a full read). The
 * long texts it never shows (counterfactual, evidence notes, the risk boundary...) stay in the sheet.
 */
export const LIST_FIELDS: ReadonlySet<string> = new Set([
  "id",
  "title",
  "valueChain",
  "mandate",
  "status",
  "outcome",
  "owner",
  "ownerRole",
  "mechanism",
  "captureDecision",
  ...BENEFIT_FIELDS,
  "revenueMargin",
  ...LIFECYCLE_COST_FIELDS,
  ...OTHER_COST_FIELDS,
  "evidenceLevel",
  "reviewCadence",
  "lastReview",
]);
