// dist/functions.js as Excel's JavaScript-only runtime meets it: a plain engine with a CustomFunctions
// global and nothing else (no window, document, Office or React). The production bundle is built here,
// functions entry only, so the test never depends on a stale dist/.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import vm from "node:vm";
import webpack from "webpack";
import { installCustomFunctionsGlobal } from "../setup/custom-functions-global";

interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: Array<{ name: string; description?: string }>;
}

const outDir = mkdtempSync(path.join(tmpdir(), "aivm-functions-"));
let metadata: { functions: FunctionMetadata[] };
let bundle: string;

beforeAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const configFactory = require("../../webpack.config.js") as (env: object, argv: object) => Promise<webpack.Configuration>;
  const config = await configFactory({ functionsOnly: true, outDir }, { mode: "production" });
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    webpack({ ...config, devtool: false }, (error, result) => (error || !result ? reject(error) : resolve(result))),
  );
  if (stats.hasErrors()) throw new Error(stats.toString("errors-only"));
  metadata = JSON.parse(readFileSync(path.join(outDir, "functions.json"), "utf8")) as { functions: FunctionMetadata[] };
  bundle = readFileSync(path.join(outDir, "functions.js"), "utf8");
}, 120_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

test("functions.js runs with only a CustomFunctions global and registers every id in functions.json once", () => {
  const sandbox: Record<string, unknown> = {};
  const { associations } = installCustomFunctionsGlobal(sandbox);
  vm.runInNewContext(bundle, sandbox, { filename: "functions.js" });

  const ids = metadata.functions.map((f) => f.id).sort();
  expect([...associations.keys()].sort()).toEqual(ids);
  expect(ids.length).toBeGreaterThan(0);
});

test("functions.js runs to the end where office.js could not load (no CustomFunctions global), registering nothing", () => {
  // taskpane.html opened offline: its CDN office.js failed, so the page has no CustomFunctions and no Excel.
  const sandbox: Record<string, unknown> = {};
  expect(() => vm.runInNewContext(bundle, sandbox, { filename: "functions.js" })).not.toThrow();
  // Nothing else: in particular no zod (which keeps globals of its own), since the functions' rules are zod-free.
  expect(Object.keys(sandbox)).toEqual(["CustomFunctions"]);
});

test("the bundle's REALISEDVALUE computes in the plain engine", () => {
  const sandbox: Record<string, unknown> = {};
  const { associations } = installCustomFunctionsGlobal(sandbox);
  vm.runInNewContext(bundle, sandbox);
  // 100 + 20 - 30 (lifecycle cost) = 90
  expect(associations.get("REALISEDVALUE")?.(100, 20, null, null, null, 30, null, null, null)).toBe(90);
});

test("the bundle's ledger functions compute in the plain engine", () => {
  const sandbox: Record<string, unknown> = {};
  const { associations } = installCustomFunctionsGlobal(sandbox);
  vm.runInNewContext(bundle, sandbox);
  // Revenue of 200,000 with Financial evidence at a 50% margin: 100,000 realised.
  expect(associations.get("REALISEDAMOUNT")?.("Incremental revenue", 200_000, "Financial", null, 0.5)).toBe(100_000);
  expect(associations.get("LINECLASS")?.("capacity value", 4, null)).toBe("Evidenced leading indicator");
  // A cost planned at 40,000 that came to 45,000: -5,000.
  expect(associations.get("VARIANCE")?.("Data cost", 40_000, 45_000)).toBe(-5_000);
});

test("every function and every parameter has a description for the formula bar", () => {
  for (const fn of metadata.functions) {
    expect(fn.id).toMatch(/^[A-Z][A-Z0-9]*$/);
    expect(fn.description?.length ?? 0).toBeGreaterThan(20);
    for (const parameter of fn.parameters) {
      expect({ fn: fn.id, parameter: parameter.name, described: (parameter.description?.length ?? 0) > 10 }).toEqual({
        fn: fn.id,
        parameter: parameter.name,
        described: true,
      });
    }
  }
});

test("functions.json lists every function the README documents", () => {
  const ids = new Set(metadata.functions.map((f) => f.id));
  for (const id of EXPECTED_IDS) expect({ id, present: ids.has(id) }).toEqual({ id, present: true });
});

const EXPECTED_IDS = [
  "REALISEDVALUE",
  "VALUEBRIDGE",
  "CAPTUREDVALUE",
  "AVOIDEDLOSS",
  "EVIDENCELEVEL",
  "EVIDENCEGAPS",
  "VALUECLASS",
  "RISKADJUSTED",
  "LINECLASS",
  "REALISEDAMOUNT",
  "VARIANCE",
  "OPTIONVALUE",
  "PAYBACK",
  "TROUGH",
  "NEXTREVIEW",
  "REVIEWSTATUS",
  "VALUERANGE",
  "AVOIDEDLOSSRANGE",
  "PORTFOLIORANGE",
  "SENSITIVITY",
  "LOSSEXCEEDANCE",
];
