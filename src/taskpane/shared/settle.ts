import type { StoreError, StoreResult } from "../../workbook/contract-store";

/**
 * Store methods resolve to a StoreResult and should never reject; if one does (a bug, or the host
 * failing underneath), the pane still shows it as an error the user can see, instead of losing it.
 */
export async function settle<T>(call: Promise<StoreResult<T>>): Promise<StoreResult<T>> {
  try {
    return await call;
  } catch (thrown: unknown) {
    const message = thrown instanceof Error ? thrown.message : String(thrown);
    const error: StoreError = { kind: "excel", message: `Unexpected failure: ${message}` };
    return { ok: false, error };
  }
}
