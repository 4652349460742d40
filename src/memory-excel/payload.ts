import { utf8Bytes } from "../workbook/excel-api";

/**
 * Payload estimates for Excel on the web's limit: "Excel on the web has a payload size limit for requests and
 * responses of 5MB. RichAPI.Error will be thrown if that limit is exceeded."
 * (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins)
 *
 * The estimate: a request is ACTION_OVERHEAD_BYTES per queued action (office.js sends each action and the object
 * path it acts on as JSON records of roughly that size) plus the UTF-8 size of the JSON of the values it carries
 * (what is written: values, formulas, number formats, names, addresses). A response is the UTF-8 JSON size of the
 * loaded properties. The limit is taken as 5,000,000 bytes, the stricter reading of "5MB".
 */
export const PAYLOAD_LIMIT_BYTES = 5_000_000;
export const ACTION_OVERHEAD_BYTES = 520;

/** Characters that JSON escapes or UTF-8 encodes in more than one byte. */
const NOT_PLAIN = /[^\x20\x21\x23-\x5b\x5d-\x7e]/;

/**
 * Sizes of long strings already measured: calculated columns repeat their formulas in every row (the ledger's Counts
 * as is 1,762 characters with quotes, so escaped and measured in full), and appending 20,000 ledger rows measured its
 * three formulas 60,000 times. A pure cache, emptied when it holds a thousand.
 */
const LONG = 256;
const measured = new Map<string, number>();

/** UTF-8 bytes of a string as JSON text, quotes and escapes included (plain ASCII, the common case, without building it). */
function stringBytes(text: string): number {
  if (!NOT_PLAIN.test(text)) return text.length + 2;
  if (text.length < LONG) return utf8Bytes(JSON.stringify(text));
  let bytes = measured.get(text);
  if (bytes === undefined) {
    if (measured.size >= 1000) measured.clear();
    bytes = utf8Bytes(JSON.stringify(text));
    measured.set(text, bytes);
  }
  return bytes;
}

function numberBytes(value: number): number {
  if (Number.isInteger(value) && Math.abs(value) < 1e15) {
    return value === 0 ? 1 : Math.floor(Math.log10(Math.abs(value))) + 1 + (value < 0 ? 1 : 0);
  }
  return String(value).length;
}

/** Size in bytes of `value` serialised as JSON (UTF-8), without building the JSON text. */
export function jsonBytes(value: unknown): number {
  if (typeof value === "string") return stringBytes(value);
  if (typeof value === "number") return Number.isFinite(value) ? numberBytes(value) : 4;
  if (typeof value === "boolean") return value ? 4 : 5;
  if (value === null || value === undefined) return 4;
  if (Array.isArray(value)) {
    let bytes = 2 + Math.max(0, value.length - 1);
    for (const item of value) bytes += jsonBytes(item);
    return bytes;
  }
  if (typeof value === "object") {
    let bytes = 2;
    for (const [key, item] of Object.entries(value)) bytes += stringBytes(key) + 2 + jsonBytes(item);
    return bytes;
  }
  return 4;
}
