import { keyOf } from "./codec";
import type { StoreError, StoreResult } from "./contract-store";
import type { ExcelContext } from "./excel-api";
import type { TableLayout } from "./layout";
import { layoutError, locateTables, notSetUp, readTables, type LayoutError, type TableSnapshot } from "./table-io";

/** Store results: expected failures are values. */
export const success = <T>(value: T): StoreResult<T> => ({ ok: true, value });
export const failure = <T>(error: StoreError): StoreResult<T> => ({ ok: false, error });

/**
 * Opens tables for reading and writing in two syncs: not-set-up if one is missing, a layout error
 * (naming every missing column of every table) if a data column is missing.
 */
export async function openTables(context: ExcelContext, layouts: readonly TableLayout[]): Promise<StoreResult<TableSnapshot[]>> {
  const tables = await locateTables(context, layouts);
  const entries: [NonNullable<(typeof tables)[number]>, TableLayout][] = [];
  for (const [i, layout] of layouts.entries()) {
    const table = tables[i];
    if (!table) return failure(notSetUp(layout));
    entries.push([table, layout]);
  }
  const snapshots = await readTables(context, entries);
  const errors = snapshots.map(layoutError).filter((error): error is LayoutError => error !== null);
  if (errors.length === 0) return success(snapshots);
  return failure({ kind: "layout", message: errors.map((error) => error.message).join(" "), problems: errors.flatMap((error) => error.problems) });
}

/** Contract and review IDs compare as people read them: surrounding spaces and case ignored. */
export const sameId = (a: string, b: string): boolean => keyOf(a) === keyOf(b);

/** The next free ID with a prefix: one more than the highest number among IDs like "VC-0007", four digits at least. */
export function nextId(prefix: string, ids: readonly string[]): string {
  const pattern = new RegExp(`^${prefix}-(\\d+)$`, "i");
  const highest = ids.reduce((max, id) => {
    const match = pattern.exec(id.trim());
    return match ? Math.max(max, Number(match[1])) : max;
  }, 0);
  return `${prefix}-${String(highest + 1).padStart(4, "0")}`;
}
