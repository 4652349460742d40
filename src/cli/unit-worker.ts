import { parentPort } from "node:worker_threads";
import { UsageError } from "./files";
import { readUnit, type WorkerReply } from "./unit-read";

/** A worker thread of `aivm consolidate`: reads and checks the units it is sent (unit-read.ts). */
parentPort?.on("message", (message: { index: number; file: string }) => {
  readUnit(message.file).then(
    (unit) => parentPort?.postMessage({ index: message.index, unit } satisfies WorkerReply),
    (error: unknown) =>
      parentPort?.postMessage({ index: message.index, error: error instanceof Error ? error.message : String(error), usage: error instanceof UsageError } satisfies WorkerReply),
  );
});
