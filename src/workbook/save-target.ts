import { readContracts } from "./codec";
import { idKey } from "../domain/lists";
import type { ReadStamp, StoredContract, StoreError, StoreResult } from "./contract-store";
import { CONTRACTS, keyHeader } from "./layout";
import { conflict, duplicateId, notFound } from "./store-messages";
import { fail, ok } from "../domain/result";
import { sheetRow, type TableSnapshot } from "./table-io";

/**
 * Which contract row a save (an update, or a review's change to its contract) goes to. The stamp names
 * the row the pane read: its sheet row, Version and fingerprint. The Contract ID alone cannot (a pasted
 * row gives two rows one ID, and the editor may be fixing exactly that), and the row number alone
 * cannot (a row inserted or deleted above moves it), so both are used: the stamped row if it is still
 * as read, else a row with the ID that is still as read (it moved).
 */

const ID_HEADER = keyHeader(CONTRACTS);

/** A contract row as it is now, and its index in the table body. */
export interface SaveTarget {
  readonly stored: StoredContract;
  readonly index: number;
}

/**
 * The row to save `id` over, unchanged since `stamp` was read and the only row with `id`; otherwise
 * why not: a conflict (with the row as it is now), not-found, or a duplicate (another row has `id`).
 * @param ids  body row indexes by idKey(Contract ID), from indexByKey over the same snapshot.
 * @param id  the Contract ID being saved.
 * @param fixesId  whether `id` may differ from the stamped row's ID when that ID is shared with another
 *   row or invalid (an update may fix it; a review never renames).
 */
export function saveTarget(
  snapshot: TableSnapshot,
  ids: ReadonlyMap<string, readonly number[]>,
  id: string,
  stamp: ReadStamp,
  fixesId: boolean,
): StoreResult<SaveTarget> {
  const key = idKey(id);
  const withId = ids.get(key) ?? [];
  const stampedIndex = stamp.row - sheetRow(snapshot, 0);
  const stamped = rowAt(snapshot, stampedIndex);
  const hasId = stamped !== null && idKey(stamped.id) === key;
  // A row whose ID is what is wrong with it (another row shares it, or it fails the schema): the one
  // case where a save may give the row another ID. Otherwise the ID is how the row is known.
  const idIsWrong = stamped !== null && ((ids.get(idKey(stamped.id))?.length ?? 0) > 1 || stamped.problems.some((problem) => problem.field === CONTRACTS.key));
  const renamable = fixesId && idIsWrong;

  let target: SaveTarget | null = stamped !== null && (hasId || renamable) && isAsRead(stamped, stamp) ? { stored: stamped, index: stampedIndex } : null;
  for (const index of withId) {
    if (target !== null) break;
    const moved = index === stampedIndex ? null : rowAt(snapshot, index);
    if (moved !== null && isAsRead(moved, stamp)) target = { stored: moved, index };
  }
  if (target === null) return fail(refusal(snapshot, withId, id, hasId || renamable ? stamped : null));
  const chosen = target.index;
  const others = withId.filter((index) => index !== chosen).map((index) => sheetRow(snapshot, index));
  return others.length > 0 ? fail(duplicateId(ID_HEADER, id, others)) : ok(target);
}

/**
 * Why no row is as read, with the row as it is now: the stamped row when it has the ID; else the
 * ID's first row (it moved and changed); else the stamped duplicate being renamed; else not-found.
 */
function refusal(snapshot: TableSnapshot, withId: readonly number[], id: string, stamped: StoredContract | null): StoreError {
  if (stamped !== null && idKey(stamped.id) === idKey(id)) return conflict(stamped);
  const first = withId[0];
  const moved = first === undefined ? null : rowAt(snapshot, first);
  if (moved !== null) return conflict(moved);
  return stamped !== null ? conflict(stamped) : notFound(id);
}

const isAsRead = (stored: StoredContract, stamp: ReadStamp): boolean => stored.version === stamp.version && stored.fingerprint === stamp.fingerprint;

/** Body row `index` decoded on its own (fast: one row of the table); null past the body or for a blank row. */
function rowAt(snapshot: TableSnapshot, index: number): StoredContract | null {
  if (index < 0 || index >= snapshot.body.length) return null;
  const [stored] = readContracts(snapshot.map, snapshot.body, snapshot.place, [index]);
  return stored ?? null;
}
