// The arrows of ../shared/CONVENTIONS.md, checked on every import in src/: functions -> domain,
// workbook -> domain, taskpane -> workbook + domain; domain imports only zod; nothing imports taskpane.
// memory-excel (the in-memory Excel) imports only itself and the Excel contract, src/workbook/excel-api.ts;
// in src/ only the pane's preview (src/taskpane/preview/), the .xlsx layer and the command line import it (tests and
// bench/ are outside src/). The preview may import xlsx too, for its download. xlsx (workbooks to and from .xlsx files) -> memory-excel + the Excel contract;
// cli -> workbook + domain + xlsx + memory-excel. Nothing imports cli.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const src = path.resolve(__dirname, "../src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Module specifiers of static imports, re-exports and dynamic import() calls. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const found: string[] = [];
  for (const match of text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^;'"]*?from\s*["']([^"']+)["']/g)) found.push(match[1] ?? "");
  for (const match of text.matchAll(/(?:^|\n)\s*import\s*["']([^"']+)["']/g)) found.push(match[1] ?? "");
  for (const match of text.matchAll(/import\(\s*(?:\/\*[^*]*\*\/\s*)?["']([^"']+)["']\s*\)/g)) found.push(match[1] ?? "");
  return found;
}

/** The module an import lands in, relative to src/ with "/" ("workbook/excel-api"), or "package:<name>" for a bare specifier. */
function moduleOf(file: string, specifier: string): string {
  if (!specifier.startsWith(".")) return `package:${specifier.split("/").slice(0, specifier.startsWith("@") ? 2 : 1).join("/")}`;
  return path.relative(src, path.resolve(path.dirname(file), specifier)).split(path.sep).join("/");
}

/** The Excel contract (API subset types, A1 column letters, request bytes): all the in-memory Excel may use of src/workbook. */
const EXCEL_CONTRACT = "workbook/excel-api";

/** Per layer: may a file there (`from`, relative to src/) import module `to` (see moduleOf())? */
const allowed: Record<string, (to: string, from: string) => boolean> = {
  domain: (to) => layerOf(to) === "domain" || to === "package:zod",
  functions: (to) => ["functions", "domain"].includes(layerOf(to)),
  workbook: (to) => ["workbook", "domain"].includes(layerOf(to)) || to === "package:zod",
  "memory-excel": (to) => layerOf(to) === "memory-excel" || to === EXCEL_CONTRACT,
  xlsx: (to) => ["xlsx", "memory-excel"].includes(layerOf(to)) || to === EXCEL_CONTRACT || ["package:fflate", "package:exceljs", "package:zod"].includes(to) || to.startsWith("package:node:"),
  cli: (to) => ["cli", "workbook", "domain", "xlsx", "memory-excel"].includes(layerOf(to)) || to.startsWith("package:node:"),
  taskpane: (to, from) =>
    ["taskpane", "workbook", "domain"].includes(layerOf(to)) ||
    // The preview runs on the in-memory Excel and downloads it through the .xlsx writer (a lazy "xlsx" chunk); the
    // pane inside Excel has the real workbook and needs neither.
    ((layerOf(to) === "memory-excel" || layerOf(to) === "xlsx") && from.startsWith("taskpane/preview/")) ||
    ["package:react", "package:react-dom", "package:@fluentui/react-components", "package:@fluentui/react-icons", "package:zod"].includes(to),
};

function layerOf(to: string): string {
  return to.split("/")[0] ?? "";
}

/** Whether the import `specifier` in `file` (an absolute path under src/) follows its layer's arrows. */
function follows(file: string, specifier: string): boolean {
  const from = path.relative(src, file).split(path.sep).join("/");
  const rule = allowed[layerOf(from)];
  return rule === undefined || rule(moduleOf(file, specifier), from);
}

test("every import in src/ follows the layer arrows", () => {
  const violations: string[] = [];
  const files = sourceFiles(src);
  for (const file of files) {
    for (const specifier of importsOf(file)) {
      if (!follows(file, specifier)) violations.push(`${path.relative(src, file)} imports ${specifier} (${moduleOf(file, specifier)})`);
    }
  }
  expect(files.length).toBeGreaterThan(50);
  expect(violations).toEqual([]);
});

test("the rule catches a violation (a domain file importing React)", () => {
  expect(follows(path.join(src, "domain", "x.ts"), "react")).toBe(false);
  expect(follows(path.join(src, "workbook", "x.ts"), "../taskpane/App")).toBe(false);
  expect(moduleOf(path.join(src, "workbook", "x.ts"), "../taskpane/App")).toBe("taskpane/App");
});

test("only the pane's preview imports the in-memory Excel, which imports only itself and the Excel contract", () => {
  const memory = path.join(src, "memory-excel", "x.ts");
  expect(follows(memory, "./model-sheet")).toBe(true);
  expect(follows(memory, "../workbook/excel-api")).toBe(true);
  expect(follows(memory, "../workbook/layout")).toBe(false);
  expect(follows(memory, "../domain/contract")).toBe(false);
  expect(follows(memory, "react")).toBe(false);
  expect(follows(path.join(src, "taskpane", "preview", "x.ts"), "../../memory-excel")).toBe(true);
  expect(follows(path.join(src, "taskpane", "app", "x.ts"), "../../memory-excel")).toBe(false);
  expect(follows(path.join(src, "workbook", "x.ts"), "../memory-excel")).toBe(false);
  expect(follows(path.join(src, "domain", "x.ts"), "../memory-excel/index")).toBe(false);
});

test("the .xlsx layer reads the in-memory Excel and no store; the command line uses both and nothing uses it", () => {
  expect(follows(path.join(src, "xlsx", "x.ts"), "../memory-excel/model-sheet")).toBe(true);
  expect(follows(path.join(src, "xlsx", "x.ts"), "fflate")).toBe(true);
  expect(follows(path.join(src, "xlsx", "x.ts"), "../workbook/layout")).toBe(false);
  expect(follows(path.join(src, "xlsx", "x.ts"), "../domain/contract")).toBe(false);
  expect(follows(path.join(src, "cli", "x.ts"), "../xlsx/write-xlsx")).toBe(true);
  expect(follows(path.join(src, "cli", "x.ts"), "../workbook/excel-contract-store")).toBe(true);
  expect(follows(path.join(src, "cli", "x.ts"), "react")).toBe(false);
  expect(follows(path.join(src, "workbook", "x.ts"), "../cli/main")).toBe(false);
  expect(follows(path.join(src, "taskpane", "app", "x.ts"), "../../cli/main")).toBe(false);
  expect(follows(path.join(src, "taskpane", "preview", "x.ts"), "../../xlsx/write-xlsx")).toBe(true);
  expect(follows(path.join(src, "taskpane", "portfolio", "x.ts"), "../../xlsx/write-xlsx")).toBe(false);
});

/** The src/ modules a module loads, itself included, following relative imports. */
function closure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const specifier of importsOf(file)) {
    if (!specifier.startsWith(".")) continue;
    const base = path.resolve(path.dirname(file), specifier);
    const found = [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")].find((candidate) => existsSync(candidate));
    if (found !== undefined) closure(found, seen);
  }
  return seen;
}

test("the .xlsx writer runs in a browser: nothing it loads imports node's modules or exceljs", () => {
  const files = [...closure(path.join(src, "xlsx", "write-xlsx.ts"))];
  const packages = files.flatMap((file) => importsOf(file).filter((specifier) => !specifier.startsWith(".")));
  expect(files.length).toBeGreaterThan(5);
  expect([...new Set(packages)].sort()).toEqual(["fflate"]);
});
