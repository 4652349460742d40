import type { CellValue } from "./excel-api";

/**
 * A fast, non-cryptographic digest of a row's cells for optimistic concurrency: FNV-1a (32-bit) over
 * each cell's type and value, so "1" (text) and 1 (number) differ. It detects change, not tampering:
 * two different rows collide with odds of about 1 in 4 billion.
 */
const FNV_OFFSET_BASIS = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function mix(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h;
}

/** Eight hex digits; the cells in a fixed order (the layout's), each as read from Excel. */
export function fingerprintOf(cells: readonly CellValue[]): string {
  let hash = FNV_OFFSET_BASIS;
  for (const cell of cells) {
    const tag = typeof cell === "string" ? "s" : typeof cell === "number" ? "n" : "b";
    hash = mix(hash, `${tag}${String(cell)}\u001f`);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}
