import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { DIST } from "./server";

/** One JavaScript file of the production build, with its raw and gzip sizes in bytes. */
export interface BundleFile {
  readonly file: string;
  readonly raw: number;
  readonly gzip: number;
}

export interface BundleReport {
  /** Scripts taskpane.html loads itself (our own: office.js is Microsoft's and served separately). */
  readonly initial: readonly BundleFile[];
  /** Chunks fetched later, on demand (editor, review, setup, preview, samples, shared vendor pieces). */
  readonly lazy: readonly BundleFile[];
}

function measure(file: string): BundleFile {
  const bytes = readFileSync(path.join(DIST, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes).length };
}

/** The scripts taskpane.html loads, apart from office.js (the minified page drops attribute quotes). */
export function initialScripts(html: string): string[] {
  return [...html.matchAll(/<script[^>]*\ssrc=(?:"([^"]+)"|([^\s>]+))/g)]
    .map((match) => match[1] ?? match[2] ?? "")
    .filter((src) => src !== "" && !src.startsWith("office-js/") && !/^https?:/.test(src))
    .map((src) => src.replace(/^\.?\//, ""));
}

/** Sizes of the pane's initial scripts and of every lazy chunk in dist/. */
export function bundleReport(): BundleReport {
  const html = readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  const initial = initialScripts(html);
  const lazy = readdirSync(DIST).filter((file) => file.endsWith(".js") && !initial.includes(file) && statSync(path.join(DIST, file)).isFile());
  return { initial: initial.map(measure), lazy: lazy.sort().map(measure) };
}

export const KiB = 1024;
