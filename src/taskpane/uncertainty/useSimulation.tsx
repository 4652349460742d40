import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { ValueContract } from "../../domain/contract";
import {
  portfolioSimulationSteps,
  SimulationCache,
  simulatedContract,
  simulationKey,
  type ContractSimulation,
  type PortfolioSimulation,
  type SimulatedContract,
  type SimulationOptions,
} from "../../domain/portfolio-simulation";
import { validRanges, type StoredRange } from "../../workbook/contract-store";

/**
 * Runs the portfolio simulation without freezing the pane. 10,000 trials of a few hundred uncertain
 * lines take seconds; Office restarts an add-in that does not answer for 5 s, and Microsoft asks for
 * an answer to every interaction within 1 s. So the run goes in slices: steps until SLICE_MS have
 * passed, then a turn for the browser (input, paint). A step is one line over every trial: about 3 ms
 * for 10,000 trials, the first up to 27 ms while the engine warms up (200 contracts of 3 ranged lines,
 * Node 20 on this machine). So a slice also ends early when one more step as slow as the slowest yet
 * would take it past LONG_TASK_MS: no slice runs longer unless a single step does. Results are kept by
 * their inputs' key in a cache the composition root owns, so reopening a view with nothing changed costs a lookup.
 */

/** Steps run back to back before the browser gets a turn, in milliseconds. */
export const SLICE_MS = 30;
/** No slice should run longer, in milliseconds: the browser's "long task" (W3C Long Tasks API). */
export const LONG_TASK_MS = 50;
/** A run shows its progress once it has lasted this long, in milliseconds (Microsoft: show progress past 500 ms). */
export const PROGRESS_AFTER_MS = 500;

/** What the hook needs of the page: a cache, a clock, and a way to give the browser a turn. */
export interface SimulationRuntime {
  readonly cache: SimulationCache;
  /** Milliseconds from any fixed origin, never going back (performance.now). */
  readonly now: () => number;
  /** Runs `task` once the browser has had a turn; the returned function cancels it if it has not run yet. */
  readonly afterYield: (task: () => void) => () => void;
}

/**
 * The runtime of a browser page: performance.now, and a MessageChannel message to yield, which comes
 * back as soon as the browser has handled what is waiting (setTimeout(0) is held to 4 ms once nested,
 * which would idle the run an eighth of the time); setTimeout where there is no MessageChannel.
 */
export function createSimulationRuntime(cache: SimulationCache = new SimulationCache()): SimulationRuntime {
  const now = () => performance.now();
  if (typeof MessageChannel !== "function") {
    return {
      cache,
      now,
      afterYield: (task) => {
        const timer = setTimeout(task, 0);
        return () => clearTimeout(timer);
      },
    };
  }
  return {
    cache,
    now,
    afterYield: (task) => {
      const channel = new MessageChannel();
      let cancelled = false;
      channel.port1.onmessage = () => {
        channel.port1.close();
        if (!cancelled) task();
      };
      channel.port2.postMessage(null);
      return () => {
        cancelled = true;
        channel.port1.close();
      };
    },
  };
}

const SimulationContext = createContext<SimulationRuntime | null>(null);

/** Hands the composition root's runtime (and so its one cache) to every view that simulates. */
export function SimulationProvider({ runtime, children }: { readonly runtime: SimulationRuntime; readonly children: ReactNode }) {
  return <SimulationContext.Provider value={runtime}>{children}</SimulationContext.Provider>;
}

export type SimulationStatus = "idle" | "running" | "done" | "error";

export interface SimulationState {
  /** idle: no contracts to simulate (null); running; done (result set); error (error set). */
  readonly status: SimulationStatus;
  /** Fraction of the work done, 0 to 1. */
  readonly progress: number;
  readonly result: PortfolioSimulation | null;
  readonly error: Error | null;
  /** The run has lasted PROGRESS_AFTER_MS or more: time to show its progress. */
  readonly slow: boolean;
}

const IDLE: SimulationState = { status: "idle", progress: 0, result: null, error: null, slow: false };
const STARTING: SimulationState = { status: "running", progress: 0, result: null, error: null, slow: false };

/**
 * The simulation of `contracts` (null: nothing to simulate yet), run in slices. A new key (other
 * contracts, lines, ranges or options) cancels the run under way and starts another; so does leaving.
 * Pass contracts that keep their identity between renders (useMemo): the key is worked out when they change.
 */
export function useSimulation(contracts: readonly SimulatedContract[] | null, options: SimulationOptions = {}): SimulationState {
  const fallback = useRef<SimulationRuntime | null>(null);
  const provided = useContext(SimulationContext);
  // Outside a provider (a view rendered on its own) the hook keeps a cache of its own.
  const runtime = provided ?? (fallback.current ??= createSimulationRuntime());
  const { trials, seed, bins } = options;
  const settled = useMemo<SimulationOptions>(() => ({ ...(trials === undefined ? {} : { trials }), ...(seed === undefined ? {} : { seed }), ...(bins === undefined ? {} : { bins }) }), [trials, seed, bins]);
  const key = useMemo(() => (contracts === null ? null : simulationKey(contracts, settled)), [contracts, settled]);
  const [state, setState] = useState<{ readonly key: string | null; readonly value: SimulationState }>({ key: null, value: IDLE });
  // The inputs the effect reads when the key changes; the key says everything they hold.
  const inputs = useRef({ contracts, options: settled });
  inputs.current = { contracts, options: settled };

  useEffect(() => {
    const { contracts: toRun, options: runOptions } = inputs.current;
    if (key === null || toRun === null || runtime.cache.get(key) !== undefined) return undefined;
    // A generator runs nothing until next(): its checks (a broken range) throw in the first slice, caught there.
    const steps = portfolioSimulationSteps(toRun, runOptions);
    const started = runtime.now();
    let slowest = 0;
    let cancel: () => void = () => undefined;
    const slice = () => {
      const sliceStart = runtime.now();
      let last = sliceStart;
      let progress = 0;
      try {
        for (;;) {
          const next = steps.next();
          if (next.done) {
            runtime.cache.set(key, next.value);
            setState({ key, value: { status: "done", progress: 1, result: next.value, error: null, slow: false } });
            return;
          }
          progress = next.value;
          const now = runtime.now();
          slowest = Math.max(slowest, now - last);
          last = now;
          if (now - sliceStart >= SLICE_MS || now - sliceStart + slowest > LONG_TASK_MS) break;
        }
      } catch (error) {
        setState({ key, value: failed(error) });
        return;
      }
      setState({ key, value: { status: "running", progress, result: null, error: null, slow: runtime.now() - started >= PROGRESS_AFTER_MS } });
      cancel = runtime.afterYield(slice);
    };
    cancel = runtime.afterYield(slice);
    // The generator holds no resources: once nothing calls next() it is garbage like any object.
    return () => cancel();
  }, [key, runtime]);

  if (key === null) return IDLE;
  if (state.key === key) return state.value;
  // Worked out during render, so a view opened again with nothing changed shows the result at once.
  const cached = runtime.cache.get(key);
  return cached === undefined ? STARTING : { status: "done", progress: 1, result: cached, error: null, slow: false };
}

/**
 * One contract simulated from its ValueRanges rows (the valid ones: a line whose row has problems stays at its
 * plan). Its draws depend on its own ID and lines only, so its figures are those of its portfolio row. Sliced and
 * cached as the portfolio's, under the same key, so the contract page and the review share one run. `result` is
 * the contract's figures once the run is done; null while it runs and when no line has a usable range (`state`
 * tells which: idle or running).
 */
export function useContractSimulation(contract: ValueContract, rows: readonly StoredRange[]): { readonly state: SimulationState; readonly result: ContractSimulation | null } {
  const simulated = useMemo(() => [simulatedContract(contract, validRanges(rows))], [contract, rows]);
  const state = useSimulation(hasRanges(simulated) ? simulated : null);
  const result = state.result?.contracts.find((found) => found.uncertainLines > 0) ?? null;
  return { state, result };
}

/** Whether any line of any contract has a range: only then is there something to simulate. */
export const hasRanges = (contracts: readonly SimulatedContract[] | null): contracts is readonly SimulatedContract[] =>
  contracts !== null && contracts.some((contract) => contract.lines.some((line) => line.range !== null));

/**
 * The result to show for a simulation's state: its own once done, and while new inputs simulate the last one
 * (the caller marks it busy) rather than figures emptying and refilling; none when idle or failed. Kept in state
 * and adjusted during render, React's pattern for state that follows other state.
 */
export function useShownResult(state: SimulationState): PortfolioSimulation | null {
  const [last, setLast] = useState<PortfolioSimulation | null>(null);
  if (state.result !== null && state.result !== last) setLast(state.result);
  if ((state.status === "idle" || state.status === "error") && last !== null) setLast(null);
  return state.result ?? (state.status === "running" ? last : null);
}

function failed(error: unknown): SimulationState {
  return { status: "error", progress: 0, result: null, error: error instanceof Error ? error : new Error(String(error)), slow: false };
}
