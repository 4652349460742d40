import { NO_SUMS } from "../../src/domain/ledger-sums";
import { cellRuns } from "../../src/workbook/row-writes";
import { asRead } from "../../src/workbook/cells";
import {
  mapHeaders,
  readContracts,
  readReviews,
  recordCells,
  tableRow,
  writtenFingerprint,
} from "../../src/workbook/codec";
import type { CellValue } from "../../src/workbook/excel-api";
import { CONTRACTS, REVIEWS } from "../../src/workbook/layout";
import { chunkRows, rowBytes } from "../../src/workbook/table-io";
import { fullContract, fullReview } from "./fixtures";

const HEADERS = CONTRACTS.columns.map((column) => column.header);
const place = { sheet: "Value Contracts", headerRow: 1 };
const indexOf = (header: string): number => HEADERS.indexOf(header);

/** The row as Excel would return it after writing recordCells: quote prefixes gone, formulas left as written. */
const asWrittenAndRead = (cells: readonly CellValue[]): CellValue[] => cells.map(asRead);

describe("contract rows", () => {
  const record = { ...fullContract(), version: 3, updated: "2026-02-01T09:30:00Z" };
  const cells = recordCells(CONTRACTS, record);

  test("a full contract writes numbers as numbers, dates as serials, formulas in calculated columns", () => {
    expect(cells[indexOf("Baseline")]).toBe(41.5);
    expect(cells[indexOf("Last review")]).toBe(46053); // DATE(2026,1,31)
    expect(cells[indexOf("Updated")]).toBeCloseTo(46054 + 9.5 / 24, 10);
    expect(cells[indexOf("Lifecycle cost")]).toMatch(/^=SUM\(/);
    expect(cells[indexOf("Value chain")]).toBe("Fulfil and serve");
  });

  test("reads back to the same contract, with figures from the domain", () => {
    const [stored] = readContracts(mapHeaders(CONTRACTS, HEADERS), [asWrittenAndRead(cells)], place);
    expect(stored?.problems).toEqual([]);
    expect(stored?.contract).toEqual(record);
    expect(stored?.row).toBe(2);
    expect(stored?.version).toBe(3);
    expect(stored?.fingerprint).toBe(writtenFingerprint(CONTRACTS, cells));
    // Benefits 825,000.5; lifecycle 305,000; other costs 20,000.
    expect(stored?.figures).toEqual({ lifecycleCost: 305_000, plannedValue: 440_000.5, realisedToDate: 0, evidencedToDate: 0, varianceToDate: 0, ledger: NO_SUMS, valueClass: "Evidenced leading indicator", nextReview: "2026-04-30" });
  });

  test("columns are found by name: reordered and user-added columns still read", () => {
    const order = [...HEADERS.keys()].reverse();
    const headers = ["My notes", ...order.map((i) => HEADERS[i] ?? "")];
    const row = ["keep me", ...order.map((i) => asRead(cells[i] ?? ""))];
    const [stored] = readContracts(mapHeaders(CONTRACTS, headers), [row], place);
    expect(stored?.contract).toEqual(record);
  });

  test("blank rows (Excel's first empty row) are skipped, and formulas alone do not make a row", () => {
    const blank = HEADERS.map(() => "");
    const formulasOnly = HEADERS.map((_, i) => (i === indexOf("Lifecycle cost") ? 0 : ""));
    expect(readContracts(mapHeaders(CONTRACTS, HEADERS), [blank, formulasOnly], place)).toEqual([]);
  });

  test("an invalid row is kept with its draft, each problem with sheet, row, column and reason", () => {
    const row = asWrittenAndRead(cells);
    row[indexOf("Baseline")] = "forty";
    row[indexOf("Status")] = "Actve";
    row[indexOf("Last review")] = "soon";
    const [stored] = readContracts(mapHeaders(CONTRACTS, HEADERS), [HEADERS.map(() => ""), row], place);
    expect(stored?.contract).toBeNull();
    expect(stored?.figures).toBeNull();
    expect(stored?.row).toBe(3);
    expect(stored?.draft).toMatchObject({ baseline: "forty", status: "Actve", lastReview: "soon", title: record.title });
    expect(stored?.problems).toEqual([
      { sheet: "Value Contracts", row: 3, column: "Status", field: "status", message: expect.stringMatching(/^Status must be one of: Draft; .* Found "Actve"\.$/) },
      { sheet: "Value Contracts", row: 3, column: "Baseline", field: "baseline", message: 'Baseline must be a number. Found "forty".' },
      { sheet: "Value Contracts", row: 3, column: "Last review", field: "lastReview", message: 'Last review must be a date (yyyy-mm-dd). Found "soon".' },
    ]);
  });

  test("list values match without case; a typed number in a text column is text; a blank Version reads as 1", () => {
    const row = asWrittenAndRead(cells);
    row[indexOf("Status")] = "active";
    row[indexOf("Title")] = 2026;
    row[indexOf("Version")] = "";
    const [stored] = readContracts(mapHeaders(CONTRACTS, HEADERS), [row], place);
    expect(stored?.contract?.status).toBe("Active");
    expect(stored?.contract?.title).toBe("2026");
    expect(stored?.contract?.version).toBe(1);
    expect(stored?.version).toBeNull();
  });

  test("every row sharing a Contract ID is flagged, whatever its case", () => {
    const a = asWrittenAndRead(cells);
    const b = asWrittenAndRead(recordCells(CONTRACTS, { ...record, id: "vc-0001 " }));
    const c = asWrittenAndRead(recordCells(CONTRACTS, { ...record, id: "VC-0002" }));
    const stored = readContracts(mapHeaders(CONTRACTS, HEADERS), [a, c, b], place);
    expect(stored.map((s) => s.contract === null)).toEqual([true, false, true]);
    expect(stored[0]?.problems).toEqual([{ sheet: "Value Contracts", row: 2, column: "Contract ID", field: "id", message: expect.stringContaining("also used in row 4") }]);
    expect(stored[2]?.problems[0]?.message).toContain("also used in row 2");
  });

  test("a blank Contract ID is a problem on that cell", () => {
    const row = asWrittenAndRead(cells);
    row[indexOf("Contract ID")] = "";
    const [stored] = readContracts(mapHeaders(CONTRACTS, HEADERS), [row], place);
    expect(stored?.problems).toEqual([{ sheet: "Value Contracts", row: 2, column: "Contract ID", field: "id", message: "Contract ID is required." }]);
  });

  test("the fingerprint changes with any of our cells, not with the user's columns or formula results", () => {
    const map = mapHeaders(CONTRACTS, [...HEADERS, "Mine"]);
    const base = [...asWrittenAndRead(cells), "x"];
    const print = (row: CellValue[]): string | undefined => readContracts(map, [row], place)[0]?.fingerprint;
    const edited = [...base];
    edited[indexOf("Controls")] = "Changed";
    const userEdited = [...base];
    userEdited[HEADERS.length] = "y";
    const recalculated = [...base];
    recalculated[indexOf("Planned value")] = 1;
    expect(print(edited)).not.toBe(print(base));
    expect(print(userEdited)).toBe(print(base));
    expect(print(recalculated)).toBe(print(base));
  });
});

describe("text stays text", () => {
  test.each(["=1+1", "+44 20", "-x", "@risk", "\ttab", "0012", "TRUE", "1/2/2026", "'quoted"])("%j is written with a quote prefix", (text) => {
    const cells = recordCells(CONTRACTS, { ...fullContract(), title: text, owner: text });
    expect(cells[indexOf("Title")]).toBe(`'${text}`);
    expect(cells[indexOf("Accountable owner")]).toBe(`'${text}`);
  });
});

describe("writing around the user's columns", () => {
  const cells = recordCells(CONTRACTS, fullContract());

  test("runs of adjacent columns skip a user column in the middle", () => {
    const headers = [...HEADERS.slice(0, 2), "Mine", ...HEADERS.slice(2)];
    const map = mapHeaders(CONTRACTS, headers);
    const placed = new Map(CONTRACTS.columns.map((column, i) => [map.positions.get(column.header) ?? -1, cells[i] ?? ""]));
    const runs = cellRuns(placed);
    expect(runs.map((run) => [run.start, run.cells.length])).toEqual([
      [0, 2],
      [3, HEADERS.length - 2],
    ]);
  });

  test("a new table row has our cells in their columns and blanks in the user's", () => {
    const headers = ["Mine", ...HEADERS];
    const row = tableRow(CONTRACTS, mapHeaders(CONTRACTS, headers), cells);
    expect(row).toEqual(["", ...cells]);
  });
});

describe("review rows", () => {
  test("round trip", () => {
    const headers = REVIEWS.columns.map((column) => column.header);
    const cells = recordCells(REVIEWS, fullReview()).map(asRead);
    const [stored] = readReviews(mapHeaders(REVIEWS, headers), [cells], { sheet: "Value Reviews", headerRow: 1 });
    expect(stored).toEqual({ review: fullReview(), draft: expect.objectContaining({ id: "VR-0001" }), row: 2, problems: [] });
  });
});

describe("chunks under the request limit", () => {
  test("each chunk's estimated JSON stays within the budget, and no row is lost or reordered", () => {
    const rows = Array.from({ length: 50 }, (_, i) => [`row ${i}`, "é".repeat(1000), i]);
    const budget = 10 * rowBytes(rows[0] ?? []);
    const chunks = chunkRows(rows, budget);
    expect(chunks.length).toBeGreaterThan(4);
    for (const chunk of chunks) expect(chunk.reduce((sum, row) => sum + rowBytes(row), 2)).toBeLessThanOrEqual(budget);
    expect(chunks.flat()).toEqual(rows);
  });

  test("UTF-8 bytes, not characters: é is two bytes", () => {
    expect(rowBytes(["é"])).toBe(JSON.stringify(["e"]).length + 1 + 1);
  });
});
