import type { FieldProblem } from "../domain/contract";
import type { CellProblem, StoredContract, StoreError } from "./contract-store";
import { CONTRACTS } from "./layout";

/** The store's expected failures, worded for the user: what happened and what to do. */

export function invalid(subject: string, problems: readonly FieldProblem[]): StoreError {
  const count = problems.length === 1 ? "a problem" : `${problems.length} problems`;
  return { kind: "invalid", message: `${subject} has ${count}: ${problems.map((problem) => problem.message).join(" ")}`, problems };
}

/** @param rows  the other rows (sheet row numbers) that already have this ID, at least one. */
export function duplicateId(header: string, id: string, rows: readonly number[]): StoreError {
  const last = rows[rows.length - 1];
  const where = rows.length < 2 ? `row ${last}` : `rows ${rows.slice(0, -1).join(", ")} and ${last}`;
  return {
    kind: "duplicate",
    message: `${header} "${id}" is already used in ${where}. Each row needs its own ${header}: choose another, or fix the duplicate in the sheet.`,
  };
}

/** @param row  the sheet row asked for, when the contract was asked for at a row. */
export function notFound(id: string, row?: number): StoreError {
  const where = row === undefined ? `in table ${CONTRACTS.table}` : `in row ${row} of table ${CONTRACTS.table}`;
  return {
    kind: "not-found",
    message: `There is no contract with Contract ID "${id}" ${where}: it may have been deleted or its ID changed in the sheet. Reload the list.`,
  };
}

export function conflict(current: StoredContract): StoreError {
  return {
    kind: "conflict",
    message: `Contract "${current.id}" (row ${current.row}) changed in the workbook since you opened it, by a co-author or by hand. Your changes were not saved: reload it to see the current values, then make them again.`,
    current,
  };
}

/** A row's cell problems as field problems for the form. */
export function cellProblemsAsFields(problems: readonly CellProblem[]): FieldProblem[] {
  return problems.map((problem) => ({ field: problem.field ?? "", message: problem.message }));
}
