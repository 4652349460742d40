import type { z } from "zod";
import { idKey } from "../domain/lists";
import { problemsOf } from "../domain/contract";
import { fail, ok } from "../domain/result";
import { indexByKey, readContracts, readReviews } from "./codec";
import type { StoredContract, StoredReview, StoreError, StoreResult } from "./contract-store";
import type { ExcelContext } from "./excel-api";
import { keyHeader, type TableLayout } from "./layout";
import { duplicateId, invalid } from "./store-messages";
import { ambiguityError, layoutError, locateTables, notSetUp, readTables, sheetRow, type LayoutError, type TableSnapshot } from "./table-io";

/**
 * What the store's use cases share: opening tables, reading rows from a snapshot, validating records,
 * and the keys (Contract ID, Review ID) of a table: how they compare, whether one is taken, the next free one.
 */

/**
 * Opens tables for reading and writing in two syncs: not-set-up if one is missing, a layout error
 * (naming every missing column of every table) if a data column is missing.
 */
export async function openTables(context: ExcelContext, layouts: readonly TableLayout[], purpose: "read" | "write" = "read"): Promise<StoreResult<TableSnapshot[]>> {
  const tables = await locateTables(context, layouts);
  const entries: [NonNullable<(typeof tables)[number]>, TableLayout][] = [];
  for (const [i, layout] of layouts.entries()) {
    const table = tables[i];
    if (!table) return fail(notSetUp(layout));
    entries.push([table, layout]);
  }
  const snapshots = await readTables(context, entries);
  const errors = snapshots.flatMap((snapshot) => [layoutError(snapshot), purpose === "write" ? ambiguityError(snapshot) : null]).filter((error): error is LayoutError => error !== null);
  if (errors.length === 0) return ok(snapshots);
  return fail({ kind: "layout", message: errors.map((error) => error.message).join(" "), problems: errors.flatMap((error) => error.problems) });
}

/** openTables returns one snapshot per layout; this stands for the impossible case where it did not. */
export const notOpened: StoreError = { kind: "excel", message: "AIVM could not read the tables. Close and reopen the pane, then try again." };

/** A record through its schema, or the "invalid" error naming `subject` (e.g. "The contract") with each problem. */
export function parse<T>(schema: z.ZodType<T>, value: unknown, subject: string): StoreResult<T> {
  const parsed = schema.safeParse(value);
  return parsed.success ? ok(parsed.data) : fail(invalid(subject, problemsOf(parsed.error)));
}


/** The next free ID with a prefix: one more than the highest number among IDs like "VC-0007", four digits at least. */
export function nextId(prefix: string, ids: Iterable<string>): string {
  const pattern = new RegExp(`^${prefix}-(\\d+)$`, "i");
  let highest = 0;
  for (const id of ids) {
    const match = pattern.exec(id.trim());
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return `${prefix}-${String(highest + 1).padStart(4, "0")}`;
}

/** The prefix of each table's IDs: VC-0001, VR-0001. */
const ID_PREFIX: Readonly<Record<string, string>> = { ValueContracts: "VC", ValueReviews: "VR" };

/** The next free ID among the table's keys (idKey-normalised: case, spaces and look-alike characters ignored). */
export const nextIdIn = (snapshot: TableSnapshot, keys = indexByKey(snapshot.layout, snapshot.map, snapshot.body)): string =>
  nextId(ID_PREFIX[snapshot.layout.table] ?? "ID", keys.keys());

/** The "duplicate" error if a row of the table already has this key (Contract ID or Review ID), else null. */
export function takenIn(snapshot: TableSnapshot, id: string, keys = indexByKey(snapshot.layout, snapshot.map, snapshot.body)): StoreError | null {
  const taken = keys.get(idKey(id))?.[0];
  return taken === undefined ? null : duplicateId(keyHeader(snapshot.layout), id, [sheetRow(snapshot, taken)]);
}

export const contractsOf = (snapshot: TableSnapshot, indexes?: readonly number[]): StoredContract[] =>
  readContracts(snapshot.map, snapshot.body, snapshot.place, indexes);

/**
 * Body rows whose key is `id`: all of them, so rows sharing the ID are flagged as in a full read. A blank
 * ID is in no key index (a row without one is found among all rows): undefined, every row.
 */
export function rowsWithId(snapshot: TableSnapshot, id: string): readonly number[] | undefined {
  const key = idKey(id);
  return key === "" ? undefined : (indexByKey(snapshot.layout, snapshot.map, snapshot.body).get(key) ?? []);
}

/** The reviews of one contract (or all), oldest first by review date, then by row. */
export function reviewsOf(snapshot: TableSnapshot, contractId?: string): StoredReview[] {
  const all = readReviews(snapshot.map, snapshot.body, snapshot.place);
  const wanted = contractId === undefined ? all : all.filter((stored) => idKey(String(stored.draft["contractId"] ?? "")) === idKey(contractId));
  return wanted.sort(oldestFirst);
}

function oldestFirst(a: StoredReview, b: StoredReview): number {
  const dateA = a.review?.date ?? "\uffff";
  const dateB = b.review?.date ?? "\uffff";
  return dateA < dateB ? -1 : dateA > dateB ? 1 : a.row - b.row;
}
