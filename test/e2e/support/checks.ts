import AxeBuilder from "@axe-core/playwright";
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { ROOT } from "./server";

/** Where screenshots go (gitignored). */
export const ARTIFACTS = path.join(ROOT, "test-artifacts");

/** The pane's widths to check: 320 px (Excel on Windows) and 270 px (Excel on Mac, the narrowest). */
export const WIDTHS = [320, 270] as const;
const HEIGHT = 600;

/**
 * Tabster (Fluent's focus manager) puts invisible <i data-tabster-dummy tabindex="0" aria-hidden="true">
 * elements around focus groups; they pass focus on at once and must stay hidden from screen readers.
 * axe reports them as aria-hidden-focus. Tabster's maintainers call this intended (microsoft/tabster#288)
 * and Accessibility Insights suppresses exactly these nodes (accessibility-insights-web PR #7605); so
 * do we, for that rule and those nodes only.
 */
function isTabsterDummy(ruleId: string, html: string): boolean {
  return ruleId === "aria-hidden-focus" && /^<i [^>]*data-tabster-dummy/.test(html);
}

/** Axe violations of serious or critical impact, as "rule: target" lines (empty when there are none). */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .flatMap((violation) =>
      violation.nodes
        .filter((node) => !isTabsterDummy(violation.id, node.html))
        .map((node) => `${violation.id} (${violation.impact}): ${node.target.join(" ")} - ${violation.help}`),
    );
}

/**
 * Saves `<name>-<width>x600.png` at each pane width into test-artifacts/, running axe at each width too.
 * Resolves to every serious or critical violation found; the viewport ends at 320 x 600.
 */
export async function shootAndCheck(page: Page, name: string): Promise<string[]> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const found: string[] = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: HEIGHT });
    await page.screenshot({ path: path.join(ARTIFACTS, `${name}-${width}x${HEIGHT}.png`) });
    found.push(...(await seriousViolations(page)).map((line) => `${width} px: ${line}`));
  }
  await page.setViewportSize({ width: WIDTHS[0], height: HEIGHT });
  return found;
}

/** True when the page scrolls sideways at its current width (content wider than the pane). */
export function overflowsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}
