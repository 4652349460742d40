/**
 * Options of the preview read from the page's URL. Kept apart from the preview chunk (and free of its
 * imports) because the composition root reads them before deciding to load that chunk.
 */

/** The number of extra preview contracts asked for (?previewContracts=500), 0 to 5,000. Only the preview reads it. */
export function requestedExtraContracts(search: string): number {
  const value = Number(new URLSearchParams(search).get("previewContracts") ?? "0");
  return Number.isInteger(value) && value > 0 ? Math.min(value, 5000) : 0;
}
