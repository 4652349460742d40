import { existsSync, statSync } from "node:fs";
import path from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { ROOT } from "./server";

/**
 * Microsoft's office.js CDN, as taskpane.html asks for it. office.js fetches its sibling files (the
 * o15apptofilemappingtable.js it loads outside Office, the host and locale scripts inside Office) relative
 * to its own URL, so the whole folder is answered, not only office.js.
 */
export const OFFICE_CDN_FOLDER = "https://appsforoffice.microsoft.com/lib/1/hosted/";
export const OFFICE_JS_URL = `${OFFICE_CDN_FOLDER}office.js`;

/** The same files as the npm package ships them (@microsoft/office-js, a devDependency kept for this). */
export const OFFICE_JS_PACKAGE = path.join(ROOT, "node_modules/@microsoft/office-js/dist");

/** The package's copy of a CDN URL, or null when the package has no such file (it is then answered 404). */
export function packageFileFor(url: string): string | null {
  const relative = decodeURIComponent(new URL(url).pathname).replace(new URL(OFFICE_CDN_FOLDER).pathname, "");
  const file = path.resolve(OFFICE_JS_PACKAGE, relative);
  if (!file.startsWith(OFFICE_JS_PACKAGE + path.sep) || !existsSync(file) || !statSync(file).isFile()) return null;
  return file;
}

/**
 * Answers the CDN folder from the package's copy, so the tests stay offline (CI has no internet) and still
 * run the real office.js. A page's own route for the same URL (route.abort, say) takes precedence over a
 * context's, so a test can still cut the CDN off.
 */
export async function serveOfficeCdnFromPackage(target: BrowserContext | Page): Promise<void> {
  await target.route(`${OFFICE_CDN_FOLDER}**`, async (route) => {
    const file = packageFileFor(route.request().url());
    await (file ? route.fulfill({ path: file }) : route.fulfill({ status: 404, body: "Not in @microsoft/office-js/dist" }));
  });
}
