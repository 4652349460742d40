import fc from "fast-check";
import { LEDGER_LINES } from "../../src/domain/ledger";
import { CAPTURE_DECISIONS, EVIDENCE_LEVELS, STATUSES } from "../../src/domain/lists";
import type { CellValue } from "../../src/workbook/excel-api";
import { CONTRACTS, LEDGER, REVIEWS, SETTINGS } from "../../src/workbook/layout";
import { FUNCTION_NAMES } from "../support/formula-functions";
import { parseFormula, type Ast } from "../support/formula-parse";
import { excelNumber, expectedLedgerRow, expectedToDate, ledgerWorkbook, type ContractCells, type LedgerCells } from "./ledger-workbook";

// The ledger's calculated columns (Counts as, Variance, Realised amount, Planned amount, Contract status) and the contract's Planned value and to-date
// columns, as native Excel formulas (src/workbook/layout-formulas.ts) calculated in the in-memory Excel by the tests'
// calculator, must say what the domain says (src/domain/ledger.ts: lineClass, lineVariance, realisedAmount,
// plannedAmount; the contract's Status).

const LEDGER_COLUMNS = ["Counts as", "Variance", "Realised amount", "Planned amount", "Contract status"] as const;
const TO_DATE_COLUMNS = ["Realised to date", "Evidenced to date", "Variance to date"] as const;

/** The ledger rows whose calculated cells differ from the domain's, with both readings (empty when all agree). */
function ledgerMismatches(contracts: readonly ContractCells[], ledger: readonly LedgerCells[]): unknown[] {
  const table = ledgerWorkbook(contracts, ledger).workbook.table("ValueLedger");
  return ledger.flatMap((row, at) => {
    const cells = table.row(at);
    const expected = expectedLedgerRow(contracts, row);
    const actual = Object.fromEntries(LEDGER_COLUMNS.map((header) => [header, cells[header]]));
    return LEDGER_COLUMNS.every((header) => Object.is(actual[header], expected[header])) ? [] : [{ row, sheet: actual, domain: expected }];
  });
}

/**
 * Whether two sums agree: Excel adds cells it kept to 15 significant digits, the domain unrounded doubles, so they
 * may differ by the rounding of each cell (under 1e-8 for the amounts here, below 10 million, over at most 40 rows).
 */
function sameSum(sheet: CellValue | undefined, domain: number): boolean {
  return typeof sheet === "number" && Math.abs(sheet - domain) <= 1e-6 + 1e-12 * Math.abs(domain);
}

/** The contracts whose to-date cells differ from the domain's sums over their ledger rows. */
function toDateMismatches(contracts: readonly ContractCells[], ledger: readonly LedgerCells[]): unknown[] {
  const table = ledgerWorkbook(contracts, ledger).workbook.table("ValueContracts");
  return contracts.flatMap((contract, at) => {
    const cells = table.row(at);
    const expected = expectedToDate(contracts, ledger, contract);
    const sheet = Object.fromEntries(TO_DATE_COLUMNS.map((header) => [header, cells[header]]));
    return TO_DATE_COLUMNS.every((header) => sameSum(sheet[header], expected[header] ?? Number.NaN)) ? [] : [{ id: contract.id, sheet, domain: expected }];
  });
}

// Every line x evidence level (the six, blank, and "financial" typed in lower case) x capture decision (decided, "Not
// yet decided", the same typed in lower case, blank, and a Contract ID with no contract) x Revenue margin (blank,
// 35%) x Actual (blank, a number), with Plan blank on every third row; the contracts' Status Active, Draft or blank.
const DECIDED = CAPTURE_DECISIONS[5];
const LEVELS = [...EVIDENCE_LEVELS, null, "financial"];
const CAPTURES = [DECIDED, "Not yet decided", "not yet decided", null];
const GRID_STATUSES = ["Active", "Draft", null];
const GRID_CONTRACTS: ContractCells[] = CAPTURES.flatMap((capture, c) => [null, 0.35].map((margin, m) => ({ id: `VC-${c}${m}`, capture, margin, status: GRID_STATUSES[(2 * c + m) % 3] ?? null })));
const GRID_LEDGER: LedgerCells[] = [...GRID_CONTRACTS.map((contract) => contract.id), "VC-9999"].flatMap((contractId) =>
  LEDGER_LINES.flatMap((line) =>
    LEVELS.flatMap((level) =>
      [null, 1234.56].map((actual, a) => ({ contractId, line, level, actual: actual === null ? null : actual + a * 0.01, plan: null as number | null })),
    ),
  ),
).map((row, at) => ({ ...row, plan: at % 3 === 0 ? null : 1000 + (at % 7) * 250.5 }));

describe("the ledger's calculated columns", () => {
  it("cover the whole grid of lines, levels, capture decisions, margins and actuals", () => {
    expect(GRID_LEDGER).toHaveLength(16 * 8 * 9 * 2);
    expect(ledgerMismatches(GRID_CONTRACTS, GRID_LEDGER).slice(0, 5)).toEqual([]);
  });

  // Worked by hand: Incremental revenue of 200,000 at a 35% margin realises 70,000 once Financial; the same with a
  // blank margin 0; Capacity value of 50,000 at Strategic is realised only once capture is decided; a cost of 8,000
  // against a plan of 10,000 is -8,000 realised and a favourable variance of +2,000; Actual blank gives 0 and a
  // blank Variance. Planned amounts: revenue planned at 150,000 is 52,500 at 35% and 0 at a blank margin; a blank
  // Plan is 0; a cost planned at 10,000 is -10,000; Avoided loss planned at 5,000 is 5,000. Contract status is the
  // contract's Status, "" when it has none.
  it("agree with sums worked by hand", () => {
    const contracts: ContractCells[] = [
      { id: "VC-0001", capture: DECIDED, margin: 0.35, status: "Active" },
      { id: "VC-0002", capture: "Not yet decided", margin: null },
    ];
    const ledger: LedgerCells[] = [
      { contractId: "VC-0001", line: "Incremental revenue", plan: 150_000, actual: 200_000, level: "Financial" },
      { contractId: "VC-0002", line: "Incremental revenue", plan: 150_000, actual: 200_000, level: "Financial" },
      { contractId: "VC-0001", line: "Capacity value", plan: null, actual: 50_000, level: "Strategic" },
      { contractId: "VC-0002", line: "Capacity value", plan: null, actual: 50_000, level: "Strategic" },
      { contractId: "VC-0001", line: "Data cost", plan: 10_000, actual: 8_000, level: null },
      { contractId: "VC-0001", line: "Avoided loss", plan: 5_000, actual: null, level: "Financial" },
    ];
    const table = ledgerWorkbook(contracts, ledger).workbook.table("ValueLedger");
    expect(table.body().map((row) => [...row.slice(9, 12), ...row.slice(14, 16)])).toEqual([
      ["Realised value", 50_000, 70_000, 52_500, "Active"],
      ["Realised value", 50_000, 0, 0, ""],
      ["Realised value", 50_000, 50_000, 0, "Active"],
      ["Evidenced leading indicator", 50_000, 0, 0, ""],
      ["Cost", 2_000, -8_000, -10_000, "Active"],
      ["Realised value", "", 0, 5_000, "Active"],
    ]);
    // Planned amount and Contract status come after every earlier column, so Repair appends them to an older ledger.
    expect([...LEDGER.columns.slice(9, 12), ...LEDGER.columns.slice(14)].map((column) => column.header)).toEqual([...LEDGER_COLUMNS]);
    expect(ledgerMismatches(contracts, ledger)).toEqual([]);
  });
});

describe("the contract's figures", () => {
  // Worked by hand: benefits 1,000,000 x 35% + 200,000 + 400,000 + 50,000 + 25,000 = 1,025,000; lifecycle cost
  // 120,000 + 30,000 + 20,000 + 15,000 + 10,000 + 5,000 + 8,000 + 60,000 = 268,000; friction, risk failures and
  // cannibalisation 12,000 + 7,000 + 3,000 = 22,000; Planned value 1,025,000 - 268,000 - 22,000 = 735,000. With a
  // blank margin the revenue counts 0: 675,000 - 290,000 = 385,000. A contract with nothing typed plans 0.
  it("plan the value equation with revenue at its margin", () => {
    const amounts = {
      "Incremental revenue": 1_000_000,
      "Protected earnings": 200_000,
      "Capacity value": 400_000,
      "Avoided loss": 50_000,
      "Option value": 25_000,
      "Technology cost": 120_000,
      "Data cost": 30_000,
      "Integration cost": 20_000,
      "Change cost": 15_000,
      "Governance cost": 10_000,
      "Workforce transition cost": 5_000,
      "Quality control cost": 8_000,
      "Operating cost": 60_000,
      Friction: 12_000,
      "Risk failures": 7_000,
      Cannibalisation: 3_000,
    };
    const contracts: ContractCells[] = [
      { id: "VC-0001", capture: DECIDED, margin: 0.35, amounts },
      { id: "VC-0002", capture: DECIDED, margin: null, amounts },
      { id: "VC-0003", capture: null, margin: null },
    ];
    const table = ledgerWorkbook(contracts, [{ contractId: "VC-0001", line: "Option value", plan: null, actual: null, level: null }]).workbook.table("ValueContracts");
    expect([0, 1, 2].map((at) => [table.row(at)["Lifecycle cost"], table.row(at)["Planned value"]])).toEqual([
      [268_000, 735_000],
      [268_000, 385_000],
      [0, 0],
    ]);
    expect(CONTRACTS.columns.map((column) => column.header)).toEqual(expect.arrayContaining([...TO_DATE_COLUMNS, "Planned value"]));
  });

  // The grid holds, for each contract, rows of every other contract and of a missing one, and rows with Actual blank.
  it("sum to date the contract's own ledger rows as the domain does", () => {
    expect(toDateMismatches(GRID_CONTRACTS, GRID_LEDGER)).toEqual([]);
    const first = ledgerWorkbook(GRID_CONTRACTS, GRID_LEDGER).workbook.table("ValueContracts").row(0);
    expect(excelNumber(Number(first["Realised to date"]))).not.toBe(0);
  });

  // Contract IDs are any text (src/domain/contract.ts): one that holds a wildcard (* ? ~) or begins with a comparison
  // operator must still select only its own rows, as MATCH and SUMIFS would otherwise read it as a pattern or a
  // criterion; the domain compares IDs without case (idKey), as Excel does.
  it("read Contract IDs literally, without case", () => {
    const contracts: ContractCells[] = [
      { id: "Pilot-2", capture: DECIDED, margin: 0.5 },
      { id: "Pilot*", capture: "Not yet decided", margin: 0.35 },
      { id: "QA", capture: null, margin: 0.2 },
      { id: "Q?", capture: DECIDED, margin: 0.1 },
      { id: "A~*", capture: DECIDED, margin: 0.3 },
      { id: "<VC>", capture: DECIDED, margin: 0.4 },
      { id: "VC-0001", capture: DECIDED, margin: 0.25 },
      { id: "001", capture: DECIDED, margin: 0.6 },
    ];
    const ids = [...contracts.map((contract) => contract.id), "vc-0001", "A*", "<VC"];
    const ledger: LedgerCells[] = ids.flatMap((contractId, at) => [
      { contractId, line: "Incremental revenue", plan: 100, actual: 1_000 * (at + 1), level: "Financial" },
      { contractId, line: "Capacity value", plan: 100, actual: 10 * (at + 1), level: "Strategic" },
      { contractId, line: "Protected earnings", plan: null, actual: 3 * (at + 1), level: "Operational" },
    ]);
    expect(ledgerMismatches(contracts, ledger)).toEqual([]);
    expect(toDateMismatches(contracts, ledger)).toEqual([]);
  });
});

// Random ledgers over a few contracts (IDs from a pool with look-alikes) and rows of any line, level, plan and actual.
const typedLevel = fc.oneof(fc.constant(null), fc.constantFrom(...EVIDENCE_LEVELS), fc.constantFrom(...EVIDENCE_LEVELS).map((level) => level.toUpperCase()));
const amount = fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 2_000_000 }), fc.double({ min: 0, max: 1e7, noNaN: true }));
const ID_POOL = ["VC-0001", "VC-0002", "vc-0003", "VC-0003", "Pilot*", "Pilot-1", "Q?"];
const contractsArb = fc.uniqueArray(
  fc.record({
    id: fc.constantFrom(...ID_POOL),
    capture: fc.oneof(fc.constant(null), fc.constantFrom(...CAPTURE_DECISIONS)),
    margin: fc.oneof(fc.constant(null), fc.double({ min: 0, max: 1, noNaN: true })),
    status: fc.oneof(fc.constant(null), fc.constantFrom(...STATUSES)),
  }),
  { minLength: 1, maxLength: 4, selector: (contract) => contract.id.toLowerCase() },
);
const ledgerArb = fc.array(
  fc.record({ contractId: fc.constantFrom(...ID_POOL, "VC-0404"), line: fc.constantFrom(...LEDGER_LINES), plan: amount, actual: amount, level: typedLevel }),
  { minLength: 1, maxLength: 40 },
);

describe("random ledgers", () => {
  it("calculate as the domain does, row by row and to date", () => {
    fc.assert(
      fc.property(contractsArb, ledgerArb, (contracts, ledger) => {
        expect(ledgerMismatches(contracts, ledger)).toEqual([]);
        expect(toDateMismatches(contracts, ledger)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});

/** The functions in a formula, by walking what the tests' parser reads (so text in quotes and headers cannot pose as one). */
function functionsIn(formula: string): string[] {
  const names: string[] = [];
  const walk = (ast: Ast): void => {
    if (ast.kind === "call") names.push(ast.name);
    if (ast.kind === "call") ast.args.forEach(walk);
    if (ast.kind === "unary") walk(ast.operand);
    if (ast.kind === "binary") [ast.left, ast.right].forEach(walk);
  };
  const ast = parseFormula(formula);
  if (ast === null) throw new Error(`the tests' parser cannot read ${formula}`);
  walk(ast);
  return names;
}

/**
 * The Excel version that brought each function the workbook may use. "Version markers indicate the version of Excel a
 * function was introduced. These functions aren't available in earlier versions" (Excel functions (alphabetical),
 * https://support.microsoft.com/office/b3944572-255d-4efb-bb96-c6d90033e188): SWITCH is marked 2019. SUMIFS and
 * IFERROR came with Excel 2007 (their pages' "Applies to" goes back to Excel 2007), and so did EDATE as a built-in
 * function (before, the Analysis ToolPak add-in had it); the others were in Excel 2003 and earlier, written 2003 here.
 */
const INTRODUCED: Readonly<Record<string, number>> = {
  AND: 2003,
  DATE: 2003,
  EDATE: 2007,
  IF: 2003,
  IFERROR: 2007,
  INDEX: 2003,
  ISNUMBER: 2003,
  ISTEXT: 2003,
  MATCH: 2003,
  N: 2003,
  NOT: 2003,
  OR: 2003,
  SUBSTITUTE: 2003,
  SUM: 2003,
  SUMIFS: 2007,
  SWITCH: 2019,
};

describe("the formulas' functions", () => {
  const ledgerAndToDate = [...LEDGER.columns, ...CONTRACTS.columns.filter((column) => (TO_DATE_COLUMNS as readonly string[]).includes(column.header))];
  const formulas = (columns: typeof ledgerAndToDate) => columns.flatMap((column) => ("formula" in column ? [{ header: column.header, formula: column.formula }] : []));

  // The tables are meant to recalculate in any Excel a finance team still runs: nothing newer than Excel 2010.
  it("of the ledger and the to-date columns are all in Excel 2010", () => {
    const checked = formulas(ledgerAndToDate);
    expect(checked.map(({ header }) => header)).toEqual([...LEDGER_COLUMNS, ...TO_DATE_COLUMNS]);
    const late = checked.flatMap(({ header, formula }) => functionsIn(formula).filter((name) => (INTRODUCED[name] ?? Infinity) > 2010).map((name) => `${header}: ${name}`));
    expect(late).toEqual([]);
  });

  it("of every table are all in Excel 2010 (Value class and Next review no longer use SWITCH)", () => {
    const all = formulas([CONTRACTS, REVIEWS, LEDGER, SETTINGS].flatMap((layout) => layout.columns));
    expect(all.length).toBeGreaterThan(9);
    const late = all.flatMap(({ header, formula }) => functionsIn(formula).filter((name) => (INTRODUCED[name] ?? Infinity) > 2010).map((name) => `${header}: ${name}`));
    expect(late).toEqual([]);
  });

  // Every formula of the four tables parses and uses only functions the tests' calculator computes, so no calculated
  // cell can pass a test by reading #NAME? on both sides.
  it("of every table are ones the tests' calculator computes", () => {
    const all = formulas([CONTRACTS, REVIEWS, LEDGER, SETTINGS].flatMap((layout) => layout.columns));
    const names = new Set(all.flatMap(({ formula }) => functionsIn(formula)));
    expect([...names].filter((name) => !FUNCTION_NAMES.has(name) || INTRODUCED[name] === undefined)).toEqual([]);
    expect(all.length).toBeGreaterThanOrEqual(10);
  });
});
