import { realisedValue } from "../src/functions/value-functions";
import { installCustomFunctionsGlobal } from "../test/setup/custom-functions-global";
import { medianMs, type Bench } from "./harness";

installCustomFunctionsGlobal(globalThis);

export const benches: Bench[] = [
  {
    name: "Custom functions (called as Excel calls them, through the binding)",
    async run() {
      const calls = 100_000;
      const ms = await medianMs(() => {
        let total = 0;
        for (let i = 0; i < calls; i++) total += realisedValue(i, 2, 3, 4, 5, 6, null, null, 1);
        return total;
      });
      return [{ name: "REALISEDVALUE, 100,000 calls: per call", value: (ms * 1000) / calls, unit: "µs" }];
    },
  },
];
