// The arrows of ../shared/CONVENTIONS.md, checked on every import in src/: functions -> domain,
// workbook -> domain, taskpane -> workbook + domain; domain imports only zod; nothing imports taskpane.
import { readdirSync, readFileSync } from "node:fs";
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

/** The top-level folder of src/ an import lands in, or the package name for a bare specifier. */
function target(file: string, specifier: string): string {
  if (!specifier.startsWith(".")) return `package:${specifier.split("/").slice(0, specifier.startsWith("@") ? 2 : 1).join("/")}`;
  const resolved = path.relative(src, path.resolve(path.dirname(file), specifier));
  return resolved.split(path.sep)[0] ?? "";
}

const allowed: Record<string, (t: string) => boolean> = {
  domain: (t) => t === "domain" || t === "package:zod",
  functions: (t) => t === "functions" || t === "domain",
  workbook: (t) => t === "workbook" || t === "domain" || t === "package:zod",
  taskpane: (t) =>
    ["taskpane", "workbook", "domain"].includes(t) ||
    ["package:react", "package:react-dom", "package:@fluentui/react-components", "package:@fluentui/react-icons", "package:zod"].includes(t),
};

test("every import in src/ follows the layer arrows", () => {
  const violations: string[] = [];
  const files = sourceFiles(src);
  for (const file of files) {
    const layer = path.relative(src, file).split(path.sep)[0] ?? "";
    const rule = allowed[layer];
    if (!rule) continue;
    for (const specifier of importsOf(file)) {
      const t = target(file, specifier);
      if (!rule(t)) violations.push(`${path.relative(src, file)} imports ${specifier} (${t})`);
    }
  }
  expect(files.length).toBeGreaterThan(50);
  expect(violations).toEqual([]);
});

test("the rule catches a violation (a domain file importing React)", () => {
  const fake = path.join(src, "domain", "x.ts");
  expect(allowed.domain?.(target(fake, "react"))).toBe(false);
  expect(allowed.workbook?.(target(path.join(src, "workbook", "x.ts"), "../taskpane/App"))).toBe(false);
});
