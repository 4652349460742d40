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
  /** Our own scripts taskpane.html loads itself, from dist/. */
  readonly initial: readonly BundleFile[];
  /** Scripts taskpane.html loads from another origin: Microsoft's office.js from its CDN, not ours to trim. */
  readonly external: readonly string[];
  /** Chunks fetched later, on demand (editor, review, setup, preview, samples, shared vendor pieces). */
  readonly lazy: readonly BundleFile[];
}

function measure(file: string): BundleFile {
  const bytes = readFileSync(path.join(DIST, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes).length };
}

/** Every script src in taskpane.html, in page order (the minified page drops attribute quotes). */
export function pageScripts(html: string): string[] {
  return [...html.matchAll(/<script[^>]*\ssrc=(?:"([^"]+)"|([^\s>]+))/g)].map((match) => match[1] ?? match[2] ?? "").filter((src) => src !== "");
}

const isExternal = (src: string): boolean => /^(https?:)?\/\//.test(src);

/** Our own scripts taskpane.html loads, as dist/ file names (office.js comes from Microsoft's CDN). */
export function initialScripts(html: string): string[] {
  return pageScripts(html)
    .filter((src) => !isExternal(src))
    .map((src) => src.replace(/^\.?\//, ""));
}

/** Sizes of the pane's initial scripts and of every lazy chunk in dist/, and the scripts from elsewhere. */
export function bundleReport(): BundleReport {
  const html = readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  const initial = initialScripts(html);
  const lazy = readdirSync(DIST).filter((file) => file.endsWith(".js") && !initial.includes(file) && statSync(path.join(DIST, file)).isFile());
  return { initial: initial.map(measure), external: pageScripts(html).filter(isExternal), lazy: lazy.sort().map(measure) };
}

export const KiB = 1024;
