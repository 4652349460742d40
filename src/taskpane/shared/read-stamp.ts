import type { ReadStamp, StoredContract } from "../../workbook/contract-store";

/** The stamp a save must carry: the row's version, fingerprint and sheet row as read. */
export const stampOf = (stored: StoredContract): ReadStamp => ({ version: stored.version, fingerprint: stored.fingerprint, row: stored.row });
