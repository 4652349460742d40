// Every =AIVM.* function, fed junk in every argument position, must answer as an Excel function does: a
// CustomFunctions.Error (#VALUE!, #NUM!, #N/A with a message) or a finite result. Never a raw exception, NaN or
// Infinity. The functions are found on disk, as webpack finds them: every src/functions/*-functions.ts file, and
// in it every export whose JSDoc carries @customfunction (helpers such as componentsArg are not cell functions).
// Functions added later are covered without touching this file.
import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const FUNCTIONS_DIR = path.resolve(__dirname, "../../src/functions");

interface CellFunction {
  readonly file: string;
  readonly id: string;
  readonly name: string;
}

/** The exported functions of a source file whose JSDoc has a @customfunction tag, with their Excel ids. */
function registeredFunctions(file: string): CellFunction[] {
  const source = readFileSync(path.join(FUNCTIONS_DIR, file), "utf8");
  const found: CellFunction[] = [];
  for (const match of source.matchAll(/\/\*\*([\s\S]*?)\*\/\s*export\s+(?:async\s+)?function\s+([A-Za-z0-9_$]+)/g)) {
    const [, doc = "", name = ""] = match;
    const tag = /@customfunction\b[ \t]*([A-Za-z0-9_.]*)/.exec(doc);
    if (tag) found.push({ file, id: tag[1] || name.toUpperCase(), name });
  }
  return found;
}

const files = readdirSync(FUNCTIONS_DIR)
  .filter((name) => name.endsWith("-functions.ts"))
  .sort();
const cellFunctions = files.flatMap(registeredFunctions);

// Junk for one argument. Numbers include every non-finite and extreme value, but no whole number from 1,001 to
// 10,000,000 except 1e7: VALUERANGE and AVOIDEDLOSSRANGE accept up to 1,000,000 trials, and a fuzzer that found a
// valid trials count would spend seconds per call. Numbers up to 1,000 still reach those paths (100 to 1,000
// trials), and 1e7 and 2^53 check the upper limit.
const specialNumbers = fc.constantFrom(
  Number.NaN,
  Infinity,
  -Infinity,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  1e308,
  -1e300,
  Number.MIN_VALUE,
  -0,
  0,
  1,
  -1,
  0.5,
  1e7,
  2 ** 53,
  -1e15,
  1e-300,
);
const ordinaryNumbers = fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.double({ min: -1000, max: 1000 }));
const texts = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom("", "  ", "none", "n/a", "TRUE", "0", "-", "42", "Monthly", "Half-yearly", "Financial", "Create strategic options", "1e999", "#N/A", "😀"),
);
const cell = fc.oneof(specialNumbers, ordinaryNumbers, texts, fc.boolean(), fc.constant(null));

const row = (length: number) => fc.array(cell, { minLength: length, maxLength: length });
/** Rectangular ranges of any size up to 12 x 12, rows and columns of the sizes the functions expect (3, 6, 9). */
const rectangles = fc
  .record({ rows: fc.integer({ min: 1, max: 12 }), columns: fc.integer({ min: 1, max: 12 }) })
  .chain(({ rows, columns }) => fc.array(row(columns), { minLength: rows, maxLength: rows }));
const plausibleVectors = fc.constantFrom(3, 6, 9).chain((length) =>
  fc.oneof(
    fc.array(fc.double({ min: 0, max: 1000, noNaN: true }), { minLength: length, maxLength: length }).map((cells) => [cells]),
    fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: length, maxLength: length }).map((cells) => cells.map((x) => [x])),
  ),
);
const raggedRanges = fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 5 }); // includes [] and [[]]
const bigColumn = Array.from({ length: 5000 }, (_, i) => [i % 7 === 0 ? -1000 : 250]);
const bigRow = [Array.from({ length: 5000 }, (_, i) => (i < 10 ? -1e6 : 1e3))];
const bigBlock = Array.from({ length: 200 }, () => Array.from({ length: 200 }, () => 1));
const awkwardRanges = fc.constantFrom<unknown>([], [[]], [[1, 2], [3]], [[null]], [[Number.NaN]], [["text"]], bigColumn, bigRow, bigBlock);

const argument = fc.oneof(
  { arbitrary: cell, weight: 6 },
  { arbitrary: fc.double({ min: 0, max: 1000, noNaN: true }), weight: 4 }, // plausible amounts, to get past the checks
  { arbitrary: rectangles, weight: 2 },
  { arbitrary: plausibleVectors, weight: 2 },
  { arbitrary: raggedRanges, weight: 1 },
  { arbitrary: awkwardRanges, weight: 1 },
);

// Near-valid arguments, so that the junk also reaches the calculations and not only the checks: fractions,
// amounts, dates (with a time of day, so never a whole trials count), names the functions know, blanks.
const nearlyValid = fc.oneof(
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.double({ min: 0.01, max: 1000, noNaN: true }),
  fc.integer({ min: 30_000, max: 60_000 }).map((day) => day + 0.25),
  fc.constantFrom("Monthly", "Quarterly", "Yearly", "Financial", "Technical", 3, "Create strategic options", true, false, null),
  plausibleVectors,
);

const ERROR_CODES = new Set<string>(Object.values(CustomFunctions.ErrorCode));

/** Why a value may not be shown in a cell, or undefined when it may. */
function notACellValue(value: unknown): string | undefined {
  const cellProblem = (x: unknown): string | undefined => {
    if (typeof x === "number") return Number.isFinite(x) ? undefined : `the number ${x}`;
    if (typeof x === "string" || typeof x === "boolean") return undefined;
    return `a ${typeof x} (${String(x)})`;
  };
  if (!Array.isArray(value)) return cellProblem(value);
  const rows: unknown[] = value;
  if (rows.length === 0) return "an empty array";
  for (const r of rows) {
    if (!Array.isArray(r) || r.length === 0) return "a row that is not a non-empty array";
    const cells: unknown[] = r;
    for (const c of cells) {
      const problem = cellProblem(c);
      if (problem) return `${problem} inside an array result`;
    }
  }
  return undefined;
}

/** Calls one cell function as Excel would and explains any outcome Excel could not show. */
async function misbehaviour(fn: (...args: unknown[]) => unknown, args: unknown[]): Promise<string | undefined> {
  try {
    return notACellValue(await fn(...args));
  } catch (error) {
    if (!(error instanceof CustomFunctions.Error)) return `threw ${String(error)}`;
    if (!ERROR_CODES.has(error.code)) return `threw an unknown error code ${String(error.code)}`;
    if ((error.message ?? "").trim() === "") return `threw ${String(error.code)} without a message`;
    return undefined;
  }
}

test("the checker itself catches raw exceptions, NaN, Infinity and silent errors", async () => {
  const raw = (): never => {
    throw new TypeError("x is undefined");
  };
  expect(await misbehaviour(raw, [])).toMatch(/TypeError/);
  expect(await misbehaviour(() => Number.NaN, [])).toMatch(/NaN/);
  expect(await misbehaviour(() => [["P10", Infinity]], [])).toMatch(/Infinity inside an array/);
  expect(await misbehaviour(() => undefined, [])).toMatch(/undefined/);
  const silent = (): never => {
    throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, " ");
  };
  expect(await misbehaviour(silent, [])).toMatch(/without a message/);
  expect(await misbehaviour(async () => 3, [])).toBeUndefined();
});

test("finds the cell functions on disk", () => {
  expect(files).toContain("value-functions.ts");
  expect(cellFunctions.map((f) => f.id)).toEqual(expect.arrayContaining(["REALISEDVALUE", "VALUEBRIDGE", "PAYBACK", "REVIEWSTATUS"]));
  expect(new Set(cellFunctions.map((f) => f.id)).size).toBe(cellFunctions.length);
});

describe.each(cellFunctions)("$id ($file)", ({ file, name }) => {
  test("answers junk and near-valid input with a CustomFunctions.Error or a finite result", async () => {
    const module: Record<string, unknown> = await import(path.join(FUNCTIONS_DIR, file));
    const exported = module[name];
    if (typeof exported !== "function") throw new Error(`${file} does not export a function ${name}`);
    const fn = (...args: unknown[]): unknown => Reflect.apply(exported, undefined, args);
    const arity = exported.length;
    expect(arity).toBeGreaterThan(0);

    await fc.assert(
      fc.asyncProperty(fc.array(argument, { minLength: arity, maxLength: arity }), async (args) => {
        const problem = await misbehaviour(fn, args);
        if (problem) throw new Error(`${name} returned or threw ${problem}`);
      }),
      { numRuns: 200 },
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof({ arbitrary: nearlyValid, weight: 9 }, { arbitrary: argument, weight: 1 }), { minLength: arity, maxLength: arity }), async (args) => {
        const problem = await misbehaviour(fn, args);
        if (problem) throw new Error(`${name} returned or threw ${problem}`);
      }),
      { numRuns: 200 },
    );
    // Omitted arguments arrive as null: every function must cope with all of them omitted too.
    expect(await misbehaviour(fn, Array.from({ length: arity }, () => null))).toBeUndefined();
  }, 20_000);
});
