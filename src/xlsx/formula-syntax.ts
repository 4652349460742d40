/**
 * Formulas between the syntax a user (and office.js) sees and the syntax of the file. In the grid and through
 * Range.formulas a table's own row is `[@[Col]]` or `[@Col]` and a column of the same table may be `[Col]`; in
 * SpreadsheetML the table is always named and this row is `Table[[#This Row],[Col]]` (ECMA-376 Part 1, §18.17.6.7
 * and Excel's "Using structured references with Excel tables", which lists the escapes: an apostrophe before
 * [ ] # ' and @ in a column name; escapes are kept as they are, since both syntaxes share them). A formula in a file
 * also carries no leading "=", and functions added after Excel 2007 are stored with an `_xlfn.` prefix
 * (MS-XLSX §2.2.2, "Formulas"): the writer refuses any function it does not know to be in Excel 2007, so
 * an unprefixed name can never reach a file.
 */

/**
 * Worksheet functions of Excel 2007 (no `_xlfn.` prefix) the writer accepts: those AIVM's calculated columns use
 * (layout-formulas.ts: IF, OR, SUM, N, ISNUMBER, ISTEXT, INDEX, MATCH, IFERROR, SUBSTITUTE, SUMIFS, EDATE, NOT) and the
 * common ones a user adds. A newer function (SWITCH, IFS, XLOOKUP, CONCAT...) is refused: it would need its prefix.
 */
const EXCEL_2007_FUNCTIONS: ReadonlySet<string> = new Set(
  (
    "ABS AND AVERAGE AVERAGEIF AVERAGEIFS CEILING CHOOSE COLUMN COLUMNS CONCATENATE COUNT COUNTA COUNTBLANK COUNTIF COUNTIFS " +
    "DATE DATEVALUE DAY DAYS360 EDATE EOMONTH EXP FALSE FIND FLOOR HLOOKUP IF IFERROR INDEX INDIRECT INT ISBLANK ISERROR " +
    "ISNA ISNUMBER ISTEXT LEFT LEN LN LOG LOOKUP LOWER MATCH MAX MEDIAN MID MIN MOD MONTH N NETWORKDAYS NOT NOW NPV OFFSET OR " +
    "PMT POWER PROPER RANK REPLACE RIGHT ROUND ROUNDDOWN ROUNDUP ROW ROWS SEARCH SIGN SQRT SUBSTITUTE SUBTOTAL SUM SUMIF " +
    "SUMIFS SUMPRODUCT TEXT TODAY TRIM TRUE UPPER VALUE VLOOKUP WEEKDAY WORKDAY XIRR XNPV YEAR YEARFRAC"
  ).split(" "),
);

/** The index just past the bracketed expression opening at `start` (an apostrophe escapes the next character). */
function bracketEnd(formula: string, start: number): number {
  let depth = 0;
  for (let i = start; i < formula.length; i += 1) {
    const char = formula[i];
    if (char === "'") i += 1;
    else if (char === "[") depth += 1;
    else if (char === "]" && --depth === 0) return i + 1;
  }
  throw new Error(`Unbalanced brackets in formula ${formula}`);
}

/** The end of a quoted run ("text" or 'sheet'), doubled quotes inside. */
function quotedEnd(formula: string, start: number, quote: string): number {
  for (let i = start + 1; i < formula.length; i += 1) {
    if (formula[i] !== quote) continue;
    if (formula[i + 1] === quote) i += 1;
    else return i + 1;
  }
  throw new Error(`Unclosed ${quote} in formula ${formula}`);
}

const NAME_START = /[A-Za-z_\\]/;
const NAME_CHAR = /[A-Za-z0-9_.\\]/;

/**
 * Walks a formula outside string literals and quoted sheet names, handing each structured reference (`Table[...]`
 * or an unqualified `[...]`, table "" then) and each function name to a callback whose return replaces it.
 */
function rewrite(formula: string, onReference: (table: string, bracket: string) => string, onFunction: (name: string) => string): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const char = formula[i] ?? "";
    if (char === '"' || char === "'") {
      const end = quotedEnd(formula, i, char);
      out += formula.slice(i, end);
      i = end;
    } else if (char === "[") {
      const end = bracketEnd(formula, i);
      out += onReference("", formula.slice(i, end));
      i = end;
    } else if (NAME_START.test(char)) {
      let end = i + 1;
      while (end < formula.length && NAME_CHAR.test(formula[end] ?? "")) end += 1;
      const name = formula.slice(i, end);
      if (formula[end] === "[") {
        const close = bracketEnd(formula, end);
        out += onReference(name, formula.slice(end, close));
        i = close;
      } else {
        out += formula[end] === "(" ? onFunction(name) : name;
        i = end;
      }
    } else {
      out += char;
      i += 1;
    }
  }
  return out;
}

/** `[@[Col]]`, `[@Col]`, `[@]` as the file's `[[#This Row],[Col]]`, `[#This Row]`; other brackets unchanged. */
function fileBracket(bracket: string): string {
  if (!bracket.startsWith("[@")) return bracket;
  const rest = bracket.slice(2, -1);
  if (rest === "") return "[#This Row]";
  return rest.startsWith("[") ? `[[#This Row],${rest}]` : `[[#This Row],[${rest}]]`;
}

/**
 * A formula as a user types it ("=SUM([@[Cost]],1)") in the file's syntax ("SUM(T[[#This Row],[Cost]],1)"):
 * no "=", every structured reference qualified with its table (`table`: the table the cell is in, for unqualified
 * references), and only Excel 2007 functions (else an Error naming the function).
 */
export function toFileFormula(formula: string, table: string | null): string {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  return rewrite(
    body,
    (name, bracket) => {
      const owner = name === "" ? table : name;
      if (owner === null) throw new Error(`The formula ${formula} has a structured reference but its cell is in no table.`);
      return owner + fileBracket(bracket);
    },
    (name) => {
      if (!EXCEL_2007_FUNCTIONS.has(name.toUpperCase())) {
        throw new Error(`The formula ${formula} calls ${name}, which this writer does not know as an Excel 2007 function (a newer one needs the _xlfn. prefix).`);
      }
      return name;
    },
  );
}

/**
 * A formula from a file ("T[[#This Row],[Cost]]*2") as Range.formulas shows it ("=[@[Cost]]*2"): a reference to
 * this row of the cell's own table loses the table's name, `_xlfn.` prefixes are dropped.
 */
export function toUiFormula(formula: string, table: string | null): string {
  const own = table?.toLowerCase() ?? null;
  const text = rewrite(
    formula,
    (name, bracket) => {
      const thisRow = /^\[\[#This Row\](?:,(.*))?\]$/i.exec(bracket);
      if (thisRow === null) return name + bracket;
      const ui = thisRow[1] === undefined ? "[@]" : `[@${thisRow[1]}]`;
      return name.toLowerCase() === own ? ui : name + ui;
    },
    (name) => name.replace(/^_xlfn\./i, "").replace(/^_xlws\./i, ""),
  );
  return `=${text}`;
}

/**
 * Whether a formula (file syntax) may hold an A1 reference, outside text, quoted sheet names and structured
 * references: a shared formula's cells then differ (each shifted from the first), and must be translated one by one.
 * Errs towards yes (a function such as LOG10 looks like a reference).
 */
export function mayHoldCellReference(formula: string): boolean {
  const outside = formula.replace(/"(?:[^"]|"")*"|'(?:[^']|'')*'/g, " ").replace(/\[(?:[^[\]]|\[[^\]]*\])*\]/g, " ");
  return /(^|[^A-Za-z0-9_.])\$?[A-Za-z]{1,3}\$?[0-9]/.test(outside);
}
