import { TextEncoder as NodeTextEncoder } from "node:util";

/**
 * jsdom has no TextEncoder, which every browser the pane runs in has, and the portfolio simulation
 * hashes Contract IDs through it (fnv1a32). While a test file importing this module runs, Node's
 * encoder (the same WHATWG interface) stands in; jsdom's own globals come back afterwards.
 */
const hadEncoder = "TextEncoder" in globalThis;
beforeAll(() => {
  if (!hadEncoder) Object.defineProperty(globalThis, "TextEncoder", { configurable: true, writable: true, value: NodeTextEncoder });
});
afterAll(() => {
  if (!hadEncoder) Reflect.deleteProperty(globalThis, "TextEncoder");
});
