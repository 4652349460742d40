import { lineClass, lineVariance, plannedAmount, realisedAmount, type LedgerLine } from "../../src/domain/ledger";
import { CAPTURE_DECISIONS, EVIDENCE_LEVELS, idKey, matchName, type CaptureDecision, type EvidenceLevel } from "../../src/domain/lists";
import { createMemoryExcel, type MemoryExcel } from "../../src/memory-excel";
import { columnLetter, type CellValue } from "../../src/workbook/excel-api";
import { CONTRACTS, LEDGER, type TableLayout } from "../../src/workbook/layout";
import { literalText } from "../../src/workbook/text-literal";
import { calculateFormula } from "../support/formula-eval";

/**
 * A workbook with ValueContracts and ValueLedger typed straight into the in-memory Excel (headers, data and each
 * calculated column's formula from the layouts), calculated by the tests' calculator; and what the domain says each
 * calculated cell should be.
 */

/** A contract as typed: its ID, Capture decision, Revenue margin and Status as the cells hold them, and other amounts by header. */
export interface ContractCells {
  readonly id: string;
  readonly capture: string | null;
  readonly margin: number | null;
  /** Blank when not given. */
  readonly status?: string | null;
  readonly amounts?: Readonly<Record<string, number>>;
}

/** A ledger row as typed: Evidence level as the user typed it (any case), amounts in the workbook's currency. */
export interface LedgerCells {
  readonly contractId: string;
  readonly line: LedgerLine;
  readonly plan: number | null;
  readonly actual: number | null;
  readonly level: string | null;
}

/** The cells of a table's rows: typed text kept literal (an ID such as "<VC>" or "001" stays text), formulas as the layout has them. */
function bodyOf(layout: TableLayout, rows: readonly Readonly<Record<string, CellValue | null>>[]): CellValue[][] {
  return rows.map((row) =>
    layout.columns.map((column) => {
      if ("formula" in column) return column.formula;
      const value = row[column.header] ?? "";
      return typeof value === "string" ? literalText(value) : value;
    }),
  );
}

function addTable(excel: MemoryExcel, layout: TableLayout, rows: readonly Readonly<Record<string, CellValue | null>>[]): void {
  const headers = layout.columns.map((column) => column.header);
  const area = `A1:${columnLetter(headers.length - 1)}${rows.length + 1}`;
  excel.workbook.sheet(layout.sheet).setValuesDirect(area, [headers, ...bodyOf(layout, rows)]);
  excel.workbook.addTableDirect(`'${layout.sheet}'!${area}`, layout.table);
}

/** The workbook, its two tables filled; every calculated cell computes when read. */
export function ledgerWorkbook(contracts: readonly ContractCells[], ledger: readonly LedgerCells[]): MemoryExcel {
  const excel = createMemoryExcel({ calculate: calculateFormula, sheets: [CONTRACTS.sheet, LEDGER.sheet] });
  addTable(
    excel,
    CONTRACTS,
    contracts.map((contract) => ({ ...contract.amounts, "Contract ID": contract.id, "Capture decision": contract.capture, "Revenue margin": contract.margin, Status: contract.status ?? null })),
  );
  addTable(
    excel,
    LEDGER,
    ledger.map((row, at) => ({
      "Entry ID": `LE-${at + 1}`,
      "Contract ID": row.contractId,
      Period: "2026-03-31",
      Line: row.line,
      Plan: row.plan,
      Actual: row.actual,
      "Evidence level": row.level,
    })),
  );
  return excel;
}

/** A number as Excel keeps a calculated one: 15 significant digits (and no -0). */
export const excelNumber = (value: number): number => Number(value.toPrecision(15));

/** The domain's reading of a typed list value: matched without case, as the dropdown and the codec match it. */
const levelOf = (typed: string | null): EvidenceLevel | null => (typed === null ? null : (matchName(EVIDENCE_LEVELS, typed) ?? null));
const captureOf = (typed: string | null): CaptureDecision | null => (typed === null ? null : (matchName(CAPTURE_DECISIONS, typed) ?? null));

/** The contract a ledger row belongs to, as the domain compares IDs (idKey); undefined when there is none. */
const contractOf = (contracts: readonly ContractCells[], id: string): ContractCells | undefined => contracts.find((contract) => idKey(contract.id) === idKey(id));

/**
 * What the domain says a ledger row's Counts as, Variance, Realised amount, Planned amount and Contract status are (""
 * for a blank Variance; Contract status is the contract's Status as typed, "" for a blank one or no contract).
 */
export function expectedLedgerRow(contracts: readonly ContractCells[], row: LedgerCells): Record<string, CellValue> {
  const contract = contractOf(contracts, row.contractId);
  const level = levelOf(row.level);
  const capture = captureOf(contract?.capture ?? null);
  // A blank margin (or no contract) counts revenue as 0, as the column's hint says.
  const margin = contract?.margin ?? 0;
  const variance = lineVariance(row.line, row.plan, row.actual);
  return {
    "Counts as": lineClass(row.line, level, capture),
    Variance: variance === null ? "" : excelNumber(variance),
    "Realised amount": excelNumber(realisedAmount(row.line, row.actual, level, capture, margin)),
    "Planned amount": excelNumber(plannedAmount(row.line, row.plan, margin)),
    "Contract status": contract?.status ?? "",
  };
}

/** What the domain says a contract's to-date columns are: sums over the ledger rows of that contract. */
export function expectedToDate(contracts: readonly ContractCells[], ledger: readonly LedgerCells[], contract: ContractCells): Record<string, number> {
  const own = ledger.filter((row) => contractOf(contracts, row.contractId) === contract);
  const sumOf = (amount: (row: LedgerCells) => number): number => own.reduce((total, row) => total + amount(row), 0);
  const capture = captureOf(contract.capture);
  return {
    "Realised to date": sumOf((row) => realisedAmount(row.line, row.actual, levelOf(row.level), capture, contract.margin ?? 0)),
    "Evidenced to date": sumOf((row) => (lineClass(row.line, levelOf(row.level), capture) === "Evidenced leading indicator" ? (row.actual ?? 0) : 0)),
    "Variance to date": sumOf((row) => lineVariance(row.line, row.plan, row.actual) ?? 0),
  };
}
