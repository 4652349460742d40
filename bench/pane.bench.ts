import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { launchBrowser } from "../test/e2e/support/browser";
import { bundleReport, KiB, type BundleFile } from "../test/e2e/support/bundle";
import { OFFICE_JS_PACKAGE, packageFileFor } from "../test/e2e/support/office-cdn";
import { openPane } from "../test/e2e/support/pane";
import { DIST, ROOT, serveDist } from "../test/e2e/support/server";
import { SAMPLE_COUNT } from "../src/domain/sample-contracts";
import type { Bench, Figure } from "./harness";

/**
 * The task pane: production bundle sizes (our scripts taskpane.html loads first, each lazy chunk, and
 * Microsoft's office.js from its CDN, reported apart) and the time from navigation to an interactive
 * portfolio of 500 contracts in headless Chromium (the preview, seeded through ?previewContracts=500,
 * which only the preview reads; the CDN answered from the npm package's copy), median of several runs.
 * Builds dist/ first when it is missing or older than the sources.
 */

const RUNS = 7;
const CONTRACTS = 500;
const EXTRA_CONTRACTS = CONTRACTS - SAMPLE_COUNT; // the preview always inserts the samples too

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function ensureBuild(): string {
  const built = path.join(DIST, "taskpane.js");
  if (existsSync(built) && statSync(built).mtimeMs >= newestSource(path.join(ROOT, "src"))) return "existing dist/";
  const result = spawnSync("npx", ["webpack", "--mode", "production"], { cwd: ROOT, stdio: "inherit" });
  if (result.status !== 0) throw new Error("The production build failed.");
  return "fresh production build";
}

const kib = (bytes: number) => bytes / KiB;
const sum = (files: readonly BundleFile[], key: "raw" | "gzip") => files.reduce((total, file) => total + file[key], 0);

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function loadTimes(query: string): Promise<number[]> {
  const served = await serveDist();
  const browser = await launchBrowser();
  try {
    const times: number[] = [];
    for (let run = 0; run <= RUNS; run++) {
      const page = await browser.context.newPage();
      const ms = await openPane(page, served.url, query);
      await page.close();
      if (run > 0) times.push(ms); // the first run warms Chromium's disk cache and compiler
    }
    return times;
  } finally {
    await browser.close();
    await served.stop();
  }
}

export const benches: Bench[] = [
  {
    name: "Task pane: production bundle (KiB, gzip at zlib's default level)",
    run() {
      const source = ensureBuild();
      const report = bundleReport();
      const figures: Figure[] = report.initial.map((file) => ({
        name: `initial ${file.file}`,
        value: kib(file.gzip),
        unit: "KiB gzip",
        note: `${kib(file.raw).toFixed(1)} KiB raw${file.file === "taskpane.js" ? ", budget 200 KiB gzip" : ""}; ${source}`,
      }));
      figures.push({ name: "initial total (our scripts taskpane.html loads)", value: kib(sum(report.initial, "gzip")), unit: "KiB gzip", note: `${kib(sum(report.initial, "raw")).toFixed(1)} KiB raw` });
      // Microsoft's office.js comes from its CDN, outside our budget; sized from the npm package's copy of it.
      const { version } = JSON.parse(readFileSync(path.join(OFFICE_JS_PACKAGE, "../package.json"), "utf8")) as { version: string };
      for (const url of report.external) {
        const file = packageFileFor(url);
        const bytes = file ? readFileSync(file) : null;
        figures.push({
          name: `external office.js from ${new URL(url).host}`,
          value: bytes ? kib(gzipSync(bytes).length) : Number.NaN,
          unit: "KiB gzip",
          note: bytes ? `${kib(bytes.length).toFixed(1)} KiB raw; Microsoft's, outside our budget; ${url} sized from @microsoft/office-js ${version}` : `${url}: not in @microsoft/office-js`,
        });
      }
      for (const file of report.lazy) {
        figures.push({ name: `lazy ${file.file}`, value: kib(file.gzip), unit: "KiB gzip", note: `${kib(file.raw).toFixed(1)} KiB raw` });
      }
      return figures;
    },
  },
  {
    name: `Task pane: navigation to interactive portfolio, headless Chromium, median of ${RUNS} runs`,
    async run() {
      ensureBuild();
      const samples = await loadTimes("");
      const large = await loadTimes(`?previewContracts=${EXTRA_CONTRACTS}`);
      const spread = (times: number[]) => `min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)} ms; budget 1500 ms`;
      return [
        { name: `${SAMPLE_COUNT} sample contracts`, value: median(samples), unit: "ms", note: spread(samples) },
        { name: `${CONTRACTS} contracts`, value: median(large), unit: "ms", note: spread(large) },
      ];
    },
  },
];
