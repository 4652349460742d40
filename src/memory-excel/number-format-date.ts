import type { DateParts } from "./dates";

/**
 * Date and time codes of a number format ("Number format codes", Dates and times): y yy yyyy, m mm mmm mmmm mmmmm
 * (months, or minutes right after an hour or right before seconds), d dd ddd dddd, h hh, s ss, AM/PM and A/P (a
 * 12-hour clock). Month and day names are English (en-US, the fake's locale for names).
 */
export type DateCode = "y" | "yy" | "yyy" | "yyyy" | "m" | "mm" | "mmm" | "mmmm" | "mmmmm" | "d" | "dd" | "ddd" | "dddd" | "h" | "hh" | "s" | "ss" | "AM/PM" | "am/pm" | "A/P" | "a/p";

const CODES = new Set<string>(["y", "yy", "yyy", "yyyy", "m", "mm", "mmm", "mmmm", "mmmmm", "d", "dd", "ddd", "dddd", "h", "hh", "s", "ss", "AM/PM", "am/pm", "A/P", "a/p"]);

export function isDateCode(code: string): code is DateCode {
  return CODES.has(code);
}

type Piece = { readonly kind: "literal"; readonly text: string } | { readonly kind: "date"; readonly code: DateCode };

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

const pad = (n: number, width: number): string => String(n).padStart(width, "0");
const isClock = (code: DateCode): boolean => /^(?:am\/pm|a\/p)$/i.test(code);

/** Which m / mm codes mean minutes: those right after an hour code or right before a seconds code (literals between). */
function minuteCodes(pieces: readonly Piece[]): Set<number> {
  const dates = pieces.flatMap((piece, index) => (piece.kind === "date" ? [{ index, code: piece.code }] : []));
  const minutes = new Set<number>();
  dates.forEach((entry, i) => {
    if (entry.code !== "m" && entry.code !== "mm") return;
    const before = dates[i - 1]?.code;
    const after = dates[i + 1]?.code;
    if (before === "h" || before === "hh" || after === "s" || after === "ss") minutes.add(entry.index);
  });
  return minutes;
}

/** A date through its codes; `weekday` is 0 for Sunday (Excel's WEEKDAY less one, including the 1900 system's quirk). */
export function renderDate(pieces: readonly Piece[], parts: DateParts, weekday: number): string {
  const minutes = minuteCodes(pieces);
  const twelveHour = pieces.some((piece) => piece.kind === "date" && isClock(piece.code));
  const hour12 = parts.hours % 12 === 0 ? 12 : parts.hours % 12;
  const hours = twelveHour ? hour12 : parts.hours;
  return pieces
    .map((piece, index) => {
      if (piece.kind === "literal") return piece.text;
      const code = piece.code;
      if (minutes.has(index)) return code === "m" ? String(parts.minutes) : pad(parts.minutes, 2);
      if (isClock(code)) {
        const pm = parts.hours >= 12;
        const [am, pmText] = code.split("/");
        return (pm ? pmText : am) ?? "";
      }
      switch (code) {
        case "y":
        case "yy":
          return pad(parts.year % 100, 2);
        case "yyy":
        case "yyyy":
          return pad(parts.year, 4);
        case "m":
          return String(parts.month);
        case "mm":
          return pad(parts.month, 2);
        case "mmm":
          return (MONTHS[parts.month - 1] ?? "").slice(0, 3);
        case "mmmm":
          return MONTHS[parts.month - 1] ?? "";
        case "mmmmm":
          return (MONTHS[parts.month - 1] ?? "").slice(0, 1);
        case "d":
          return String(parts.day);
        case "dd":
          return pad(parts.day, 2);
        case "ddd":
          return (DAYS[weekday] ?? "").slice(0, 3);
        case "dddd":
          return DAYS[weekday] ?? "";
        case "h":
          return String(hours);
        case "hh":
          return pad(hours, 2);
        case "s":
          return String(parts.seconds);
        default:
          return pad(parts.seconds, 2);
      }
    })
    .join("");
}
