// The schemas as the pane ships them: bundled by webpack in production mode. Jest runs the TypeScript
// directly, so a bundler that rewrites a zod call differently (it once turned z.iso.date() into z.date(),
// failing every date in the built pane) would pass every other test. This one builds and runs the bundle.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import vm from "node:vm";
import webpack from "webpack";
import { blankContract } from "../../src/domain/contract";
import { expandReview } from "./review-fixture";

const dir = mkdtempSync(path.join(tmpdir(), "aivm-schema-"));
let bundle = "";

beforeAll(async () => {
  const entry = path.join(dir, "entry.js");
  const domain = path.resolve(__dirname, "../../src/domain").replace(/\\/g, "/");
  writeFileSync(
    entry,
    `import { ValueContract } from "${domain}/contract";\nimport { ValueReview } from "${domain}/review";\nglobalThis.schemas = { ValueContract, ValueReview };\n`,
  );
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    webpack(
      {
        mode: "production",
        entry,
        output: { path: dir, filename: "schemas.js" },
        resolve: { extensions: [".ts", ".js"], modules: [path.resolve(__dirname, "../../node_modules")] },
        module: { rules: [{ test: /\.ts$/, use: { loader: "ts-loader", options: { transpileOnly: true, configFile: path.resolve(__dirname, "../../tsconfig.json") } } }] },
        devtool: false,
      },
      (error, result) => (error || !result ? reject(error) : resolve(result)),
    ),
  );
  if (stats.hasErrors()) throw new Error(stats.toString("errors-only"));
  bundle = readFileSync(path.join(dir, "schemas.js"), "utf8");
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Parser {
  safeParse(input: unknown): { success: boolean };
}

test("bundled schemas accept ISO dates and date-times and refuse impossible dates", () => {
  const sandbox: { schemas?: { ValueContract: Parser; ValueReview: Parser } } = {};
  vm.runInNewContext(bundle, sandbox);
  const schemas = sandbox.schemas;
  if (!schemas) throw new Error("the bundle did not expose the schemas");
  const contract = { ...blankContract("VC-0001"), title: "Claims triage", lastReview: "2026-01-31", updated: "2026-11-30T15:00:00.000Z" };
  expect(schemas.ValueContract.safeParse(contract).success).toBe(true);
  expect(schemas.ValueContract.safeParse({ ...contract, lastReview: "2026-02-30" }).success).toBe(false);
  // The same dates in a review, with its amounts left blank (null) and no rationale.
  const review = { ...expandReview(), realisedToDate: null, forecastValue: null, decision: "Continue", rationale: "" };
  expect(schemas.ValueReview.safeParse(review).success).toBe(true);
});
