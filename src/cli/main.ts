import { existsSync } from "node:fs";
import { headerOf } from "../domain/field-model";
import { SETTINGS_FIELDS } from "../domain/settings";
import { createMemoryExcel } from "../memory-excel";
import { createContractStore } from "../workbook/excel-contract-store";
import { checkCommand } from "./check";
import { consolidateCommand } from "./consolidate";
import { saveWorkbook, UsageError, writeReport, writeSettings } from "./files";

/**
 * aivm, the value office's command line over .xlsx files: the add-in's own set-up, store and schemas run over the
 * in-memory Excel, read from and written to files. Results on stdout, progress and errors on stderr.
 * Exit codes: 0 done (check: every row valid); 1 check found a problem; 2 the command could not run (usage, a
 * missing, locked or unreadable file, not an .xlsx, not an AIVM workbook).
 */

export const USAGE = `Usage:
  aivm sample FILE.xlsx [--unit NAME]           a workbook set up by AIVM with the sample contracts, ledger, ranges and losses
  aivm check FILE.xlsx...                       every row checked as the add-in checks it; exit 1 on a problem
  aivm consolidate FILE.xlsx... --out GROUP.xlsx [--unit NAME]...
                                                the units' tables in one group workbook, with a Business unit column
Exit codes: 0 done, 1 check found problems, 2 the command could not run.`;

interface Parsed {
  readonly positional: string[];
  readonly out: string | null;
  readonly units: string[];
}

function parseArgs(args: readonly string[]): Parsed {
  const positional: string[] = [];
  const units: string[] = [];
  let out: string | null = null;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? "";
    if (arg === "--out" || arg === "--unit") {
      const value = args[i + 1];
      if (value === undefined || value.startsWith("--")) throw new UsageError(`${arg} needs a value.\n${USAGE}`);
      if (arg === "--out") out = value;
      else units.push(value);
      i += 1;
    } else if (arg.startsWith("--")) {
      throw new UsageError(`Unknown option ${arg}.\n${USAGE}`);
    } else positional.push(arg);
  }
  return { positional, out, units };
}

/** The sample workbook, as the pane's preview builds it, with the unit's name as its Business unit setting. */
async function sampleCommand(file: string, unit: string | undefined, out: (line: string) => void): Promise<number> {
  if (existsSync(file)) throw new UsageError(`${file} exists: aivm sample writes a new file only.`);
  const excel = createMemoryExcel({ payloadLimitBytes: Infinity });
  const inserted = await createContractStore(excel.run).insertSampleContracts(new Date().toISOString().slice(0, 10));
  if (!inserted.ok) throw new Error(inserted.error.message);
  if (unit !== undefined) await writeSettings(excel.run, new Map([[headerOf(SETTINGS_FIELDS, "businessUnit"), unit]]));
  await writeReport(excel.run);
  saveWorkbook(excel, file);
  out(`Wrote ${file}: ${inserted.value.length} sample contracts with their ledger, value ranges, loss exposures and the report sheet${unit === undefined ? "" : `, business unit "${unit}"`}.`);
  return 0;
}

/** Runs one command line; resolves to the exit code. */
export async function main(args: readonly string[], out: (line: string) => void, err: (line: string) => void): Promise<number> {
  try {
    const [command, ...rest] = args;
    const parsed = parseArgs(rest);
    switch (command) {
      case "sample": {
        const [file, ...extra] = parsed.positional;
        if (file === undefined || extra.length > 0 || parsed.units.length > 1 || parsed.out !== null) throw new UsageError(`aivm sample takes one FILE.xlsx and at most one --unit.\n${USAGE}`);
        return await sampleCommand(file, parsed.units[0], out);
      }
      case "check":
        if (parsed.positional.length === 0 || parsed.out !== null || parsed.units.length > 0) throw new UsageError(`aivm check takes one or more FILE.xlsx.\n${USAGE}`);
        return await checkCommand(parsed.positional, out, err);
      case "consolidate":
        if (parsed.positional.length === 0 || parsed.out === null) throw new UsageError(`aivm consolidate takes one or more FILE.xlsx and --out GROUP.xlsx.\n${USAGE}`);
        return await consolidateCommand(parsed.positional, parsed.units, parsed.out, out, err);
      case "--help":
      case "help":
        out(USAGE);
        return 0;
      default:
        throw new UsageError(`${command === undefined ? "No command" : `Unknown command "${command}"`}.\n${USAGE}`);
    }
  } catch (error) {
    err(error instanceof UsageError ? `aivm: ${error.message}` : `aivm: failed: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
}
