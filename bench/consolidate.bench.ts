import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Bench, Figure } from "./harness";
import { writeUnitWorkbook } from "./unit-workbooks";

/**
 * `aivm consolidate` over 20 business units of 2,500 contracts and 20,000 ledger rows each (about 8 million cells in
 * the group: 50,000 x 51 contract cells and 400,000 x 15 ledger cells), run as a user runs it: the real command in a
 * process of its own, timed from outside, its peak resident memory read by GNU time (%M, the largest process).
 * The units are written by the .xlsx writer first (one workbook, copied under 20 names), not timed.
 * Budget: 60 s and 2 GB.
 */
const UNITS = Number(process.env["AIVM_BENCH_UNITS"] ?? 20);
const CONTRACTS = 2500;
const LEDGER_ROWS = 20_000;
const BUDGET_S = 60;
const BUDGET_MB = 2048;

async function consolidateFigures(): Promise<Figure[]> {
  const dir = mkdtempSync(path.join(tmpdir(), "aivm-consolidate-"));
  try {
    const first = path.join(dir, "unit01.xlsx");
    const generated = performance.now();
    await writeUnitWorkbook(first, CONTRACTS, LEDGER_ROWS);
    const writeS = (performance.now() - generated) / 1000;
    const files = Array.from({ length: UNITS }, (_, i) => path.join(dir, `unit${String(i + 1).padStart(2, "0")}.xlsx`));
    for (const file of files.slice(1)) copyFileSync(first, file);
    const out = path.join(dir, "group.xlsx");
    const bin = path.resolve(__dirname, "..", "bin", "aivm.mjs");
    const started = performance.now();
    const run = spawnSync("/usr/bin/time", ["-f", "%M", process.execPath, bin, "consolidate", ...files, "--out", out], { encoding: "utf8", maxBuffer: 1 << 26 });
    const seconds = (performance.now() - started) / 1000;
    if (run.status !== 0) throw new Error(`aivm consolidate exited ${run.status}: ${run.stderr.slice(-2000)}`);
    const peakMb = Number(run.stderr.trim().split("\n").at(-1)) / 1024;
    return [
      { name: `unit workbook written (${CONTRACTS.toLocaleString("en-GB")} contracts, ${LEDGER_ROWS.toLocaleString("en-GB")} ledger rows)`, value: writeS, unit: "s", note: `${(statSync(first).size / 1e6).toFixed(1)} MB, not timed below` },
      { name: `consolidate ${UNITS} units, wall time`, value: seconds, unit: "s", note: `budget ${BUDGET_S} s` },
      { name: `consolidate ${UNITS} units, peak resident memory`, value: peakMb, unit: "MB", note: `budget ${BUDGET_MB} MB` },
      { name: "group workbook size", value: statSync(out).size / 1e6, unit: "MB" },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const benches: Bench[] = [{ name: `aivm consolidate: ${UNITS} units of ${CONTRACTS.toLocaleString("en-GB")} contracts and ${LEDGER_ROWS.toLocaleString("en-GB")} ledger rows`, run: consolidateFigures }];
