// npm run bench [filter]: runs every bench/*.bench.ts (or those whose file name contains the filter).
import { readdirSync } from "node:fs";
import path from "node:path";
import { formatFigure, type Bench } from "./harness";

async function main(): Promise<void> {
  const filter = process.argv[2] ?? "";
  const files = readdirSync(__dirname)
    .filter((name) => name.endsWith(".bench.ts") && name.includes(filter))
    .sort();
  console.log(`AIVM bench on node ${process.version}, ${new Date().toISOString()}`);
  for (const file of files) {
    const module = (await import(path.join(__dirname, file))) as { benches: Bench[] };
    for (const bench of module.benches) {
      console.log(`\n${bench.name}`);
      for (const figure of await bench.run()) console.log(formatFigure(figure));
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
