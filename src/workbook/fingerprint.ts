import type { CellValue } from "./excel-api";

/**
 * A fast, non-cryptographic digest of a row's cells for optimistic concurrency: FNV-1a (32-bit) over
 * each cell's type tag, its text and a separator, so "1" (text) and 1 (number) differ and cell
 * boundaries count. It detects change, not tampering: two different rows collide with odds of about
 * 1 in 4 billion.
 */
const FNV_OFFSET_BASIS = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SEPARATOR = 0x1f;
const TAG = { string: 0x73, number: 0x6e, boolean: 0x62 } as const; // "s", "n", "b"

/** Eight hex digits; the cells in a fixed order (the layout's), each as read from Excel. */
export function fingerprintOf(cells: readonly CellValue[]): string {
  let h = FNV_OFFSET_BASIS;
  for (const cell of cells) {
    const text = typeof cell === "string" ? cell : String(cell);
    h = Math.imul(h ^ (typeof cell === "string" ? TAG.string : typeof cell === "number" ? TAG.number : TAG.boolean), FNV_PRIME);
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
    h = Math.imul(h ^ SEPARATOR, FNV_PRIME);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}
