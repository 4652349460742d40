import { act, render, renderHook, screen, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { SimulationCache, simulatePortfolio, simulationKey, type SimulatedContract } from "../../../src/domain/portfolio-simulation";
import { SimulationProgress } from "../../../src/taskpane/uncertainty/PortfolioUncertainty";
import { SimulationProvider, useSimulation, type SimulationRuntime } from "../../../src/taskpane/uncertainty/useSimulation";

/**
 * A runtime the test drives: the clock moves `tick` ms each time it is read, and a yield queues the
 * slice until the test runs it, so the slices can be counted. With tick 10, a slice reads the clock at
 * its start and after each step: 10, 20, 30 ms, so it runs 3 steps and yields (SLICE_MS is 30).
 */
function manualRuntime(tick = 10) {
  const queue: Array<{ task: () => void; cancelled: boolean }> = [];
  let time = 0;
  const clock = { tick };
  const runtime: SimulationRuntime = {
    cache: new SimulationCache(),
    now: () => (time += clock.tick),
    afterYield: (task) => {
      const entry = { task, cancelled: false };
      queue.push(entry);
      return () => {
        entry.cancelled = true;
      };
    },
  };
  /** Runs the next slice that is still wanted; false when none is waiting. */
  const runSlice = (): boolean => {
    for (let entry = queue.shift(); entry !== undefined; entry = queue.shift()) {
      if (entry.cancelled) continue;
      const { task } = entry;
      act(() => task());
      return true;
    }
    return false;
  };
  const waiting = () => queue.filter((entry) => !entry.cancelled).length;
  return { runtime, runSlice, waiting, clock };
}

const range = (low: number, likely: number, high: number) => ({ low, likely, high });

/** n contracts with two uncertain lines each: n x (2 lines + 1 summary) = 3n steps. */
function contracts(n: number, scale = 1): SimulatedContract[] {
  return Array.from({ length: n }, (_, index) => ({
    id: `VC-${String(index + 1).padStart(4, "0")}`,
    valueChain: "Claims",
    mandate: null,
    revenueMargin: null,
    lines: [
      { line: "Capacity value", plan: 100_000 * scale, range: range(80_000 * scale, 100_000 * scale, 150_000 * scale) },
      { line: "Technology cost", plan: 30_000, range: range(20_000, 30_000, 60_000) },
      { line: "Operating cost", plan: 15_000, range: null },
    ],
  }));
}

const OPTIONS = { trials: 100 } as const;

function wrapperOf(runtime: SimulationRuntime) {
  return ({ children }: { children: ReactNode }) => <SimulationProvider runtime={runtime}>{children}</SimulationProvider>;
}

describe("useSimulation", () => {
  test("runs in slices of about 30 ms, yielding between them, with the progress rising to the result", () => {
    const { runtime, runSlice, waiting } = manualRuntime();
    const input = contracts(4); // 4 x 3 = 12 steps; 3 steps a slice
    const { result } = renderHook(() => useSimulation(input, OPTIONS), { wrapper: wrapperOf(runtime) });
    // Nothing runs during the render or the effect: the first slice waits for the browser's turn.
    expect(result.current).toMatchObject({ status: "running", progress: 0, result: null });
    expect(waiting()).toBe(1);

    const seen: number[] = [];
    while (runSlice()) if (result.current.status === "running") seen.push(result.current.progress);
    expect(seen).toEqual([3 / 12, 6 / 12, 9 / 12, 12 / 12]);
    expect(result.current.status).toBe("done");
    expect(result.current.progress).toBe(1);
    expect(result.current.result).toEqual(simulatePortfolio(input, OPTIONS));
    expect(runtime.cache.get(simulationKey(input, OPTIONS))).toBe(result.current.result);
  });

  test("a slice stops early when one more step as slow as the slowest would pass 50 ms", () => {
    // 26 ms a step: after one step 26 ms have passed, under SLICE_MS (30), but a second as slow would end the
    // slice at 52 ms, past 50. So each slice runs one step, where the 30 ms rule alone would run two.
    const { runtime, runSlice } = manualRuntime(26);
    const { result } = renderHook(() => useSimulation(contracts(4), OPTIONS), { wrapper: wrapperOf(runtime) });
    runSlice();
    expect(result.current.progress).toBe(1 / 12);
    runSlice();
    expect(result.current.progress).toBe(2 / 12);
  });

  test("a second mount with the same inputs takes the cached result in its first render, and runs nothing", () => {
    const { runtime, runSlice, waiting } = manualRuntime();
    const first = renderHook(() => useSimulation(contracts(2), OPTIONS), { wrapper: wrapperOf(runtime) });
    while (runSlice());
    const done = first.result.current.result;
    expect(done).not.toBeNull();
    first.unmount();

    const statuses: string[] = [];
    const second = renderHook(
      () => {
        const state = useSimulation(contracts(2), OPTIONS); // equal contracts, new objects
        statuses.push(state.status);
        return state;
      },
      { wrapper: wrapperOf(runtime) },
    );
    expect(statuses[0]).toBe("done");
    expect(second.result.current.result).toBe(done);
    expect(waiting()).toBe(0);
  });

  test("new inputs cancel the run under way; leaving cancels too", () => {
    const { runtime, runSlice, waiting } = manualRuntime();
    const before = contracts(4);
    const after = contracts(4, 2);
    const { result, rerender, unmount } = renderHook(({ input }) => useSimulation(input, OPTIONS), { wrapper: wrapperOf(runtime), initialProps: { input: before } });
    runSlice();
    expect(result.current.progress).toBe(3 / 12);

    rerender({ input: after });
    // The old run's next slice is cancelled; the new run starts from nothing.
    expect(result.current).toMatchObject({ status: "running", progress: 0 });
    expect(waiting()).toBe(1);
    while (runSlice());
    expect(result.current.result).toEqual(simulatePortfolio(after, OPTIONS));
    expect(runtime.cache.get(simulationKey(before, OPTIONS))).toBeUndefined();

    rerender({ input: before });
    expect(waiting()).toBe(1);
    unmount();
    expect(waiting()).toBe(0);
  });

  test("null contracts are idle; a range that breaks low <= likely <= high is an error, not a throw", () => {
    const { runtime, runSlice } = manualRuntime();
    const idle = renderHook(() => useSimulation(null), { wrapper: wrapperOf(runtime) });
    expect(idle.result.current.status).toBe("idle");

    const broken: SimulatedContract[] = [{ id: "VC-0009", valueChain: null, mandate: null, revenueMargin: null, lines: [{ line: "Avoided loss", plan: 10, range: range(20, 10, 30) }] }];
    const { result } = renderHook(() => useSimulation(broken, OPTIONS), { wrapper: wrapperOf(runtime) });
    while (runSlice());
    expect(result.current.status).toBe("error");
    expect(result.current.error?.message).toBe("VC-0009, Avoided loss: a range needs 0 <= low <= likely <= high (20, 10, 30).");
  });

  test("works outside a provider, on the browser's own clock and yield", async () => {
    const input = contracts(3);
    const { result } = renderHook(() => useSimulation(input, OPTIONS));
    await waitFor(() => expect(result.current.status).toBe("done"));
    expect(result.current.result).toEqual(simulatePortfolio(input, OPTIONS));
  });
});

function Progress({ input }: { input: SimulatedContract[] }) {
  const state = useSimulation(input, OPTIONS);
  return (
    <>
      <SimulationProgress state={state} contracts={input.length} />
      <p>{state.status}</p>
    </>
  );
}

describe("SimulationProgress", () => {
  test("a run shorter than half a second shows no bar", () => {
    const { runtime, runSlice } = manualRuntime(1); // 1 ms a clock read: far under 500 ms in all
    render(<Progress input={contracts(4)} />, { wrapper: wrapperOf(runtime) });
    let bars = 0;
    while (runSlice()) bars += screen.queryAllByRole("progressbar").length;
    expect(bars).toBe(0);
    expect(screen.getByText("done")).toBeTruthy();
  });

  test("a run past half a second shows the bar and says how far it is, politely, in steps of 10%", () => {
    // 200 ms a clock read: the effect reads 200; slice 1 starts at 400, runs one step (600 - 400 >= 30), and
    // reads 800 when it yields: 600 ms into the run, so the bar shows. 12 steps; after 3 slices 3/12 = 25%, said as 20%.
    const { runtime, runSlice } = manualRuntime(200);
    render(<Progress input={contracts(4)} />, { wrapper: wrapperOf(runtime) });
    expect(screen.queryByRole("progressbar")).toBeNull();
    runSlice();
    runSlice();
    runSlice();
    const bar = screen.getByRole("progressbar", { name: "Simulating 4 contracts, 20%" });
    expect(bar.getAttribute("aria-valuenow")).toBe("0.25");
    expect(bar.closest("[aria-live='polite']")).not.toBeNull();
    while (runSlice());
    expect(screen.queryByRole("progressbar")).toBeNull();
  });
});
