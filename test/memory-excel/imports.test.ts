import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

// The task pane loads the in-memory Excel as a chunk of its own when Office reports no host, so it must not
// pull in React, Office or the task pane: it may import only its own files and the API subset's types
// (CONVENTIONS.md: "Keep these arrows checkable").

const folder = join(__dirname, "../../src/memory-excel");

function importsOf(file: string): string[] {
  const text = readFileSync(join(folder, file), "utf8");
  return [...text.matchAll(/^(?:import|export)[^;]*?from\s+"([^"]+)";/gms)].map((match) => match[1] ?? "");
}

describe("the in-memory Excel's imports", () => {
  const files = readdirSync(folder).filter((file) => file.endsWith(".ts"));

  it("has files to check", () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files)("%s imports only its own folder and the Excel API subset", (file) => {
    for (const specifier of importsOf(file)) {
      expect(specifier === "../workbook/excel-api" || /^\.\/[a-z-]+$/.test(specifier)).toBe(true);
    }
  });

  it("uses no Office or DOM globals", () => {
    for (const file of files) {
      const code = readFileSync(join(folder, file), "utf8").replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "").replace(/"(?:[^"\\\n]|\\.)*"|`[^`]*`/g, '""');
      expect(code).not.toMatch(/\b(Office|Excel|OfficeExtension|window|document)\./);
    }
  });
});
