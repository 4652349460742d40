import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { serveOfficeCdnFromPackage } from "./office-cdn";

/** Debian's Chromium, driven by playwright-core exactly as TOOLCHAIN.md says. */
export const CHROMIUM = "/usr/bin/chromium";

const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  // Without these Chromium floods the closed network with refused connections.
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface Browser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/**
 * A fresh Chromium profile (a new temporary user-data dir, deleted on close), with Microsoft's office.js CDN
 * answered from the npm package's copy: the machine may have no internet, and the test still runs real office.js.
 */
export async function launchBrowser(viewport = { width: 320, height: 600 }): Promise<Browser> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), "aivm-chromium-"));
  // acceptDownloads: the preview's "Download as .xlsx" is caught with page.waitForEvent("download").
  const context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, args: FLAGS, viewport, acceptDownloads: true });
  await serveOfficeCdnFromPackage(context);
  return {
    context,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Everything the page wrote to the console as an error or threw: an e2e test expects none. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console.error: ${message.text()} (${message.location().url})`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
  return errors;
}
