import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Skeleton, SkeletonItem, Spinner, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { ownerNames } from "../../domain/lists";
import type { ContractStore } from "../../workbook/contract-store";
import { focusByKey, focusedElement } from "../shared/actions";
import { compactAmount } from "../shared/chart-parts";
import { plural, useDisplayFormat } from "../shared/display-format";
import { StoreErrorBar } from "../shared/messages";
import { useStoreQuery } from "../shared/store-query";
import { hasRanges, useShownResult, useSimulation, type SimulationState } from "../uncertainty/useSimulation";
import { ContractList, InvalidRows } from "./ContractList";
import { EmptyPortfolio } from "./EmptyPortfolio";
import { buildPortfolio, contractBands, filterItems, simulationInput, isFiltered, NO_FILTER, portfolioTotals, sortItems, type PortfolioFilter, type SortKey } from "./portfolio-model";
import { PortfolioFilters } from "./PortfolioFilters";
import { PortfolioSummary } from "./PortfolioSummary";
import type { SimulatedContract } from "../../domain/portfolio-simulation";
import { ReportAction } from "./ReportAction";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  row: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  uncertainty: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  summary: { cursor: "pointer", fontWeight: tokens.fontWeightSemibold, padding: `${tokens.spacingVerticalXXS} 0`, overflowWrap: "anywhere" },
  range: { fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2 },
});

// The histogram, the tornado and the group tables load when the section is first opened: the first script keeps
// only the simulation and the rows' bands.
const UncertaintySection = lazy(() => import(/* webpackChunkName: "uncertainty" */ "../uncertainty/PortfolioUncertainty").then((module) => ({ default: module.UncertaintySection })));

/** Marked once the portfolio first shows its contracts: the bench and the e2e tests time the pane by it. */
export const INTERACTIVE_MARK = "aivm:portfolio-interactive";

/** Sets INTERACTIVE_MARK once per page load, where the User Timing API exists (jsdom lacks part of it). */
function markInteractive(): void {
  if (typeof performance === "undefined" || typeof performance.getEntriesByName !== "function") return;
  if (performance.getEntriesByName(INTERACTIVE_MARK).length === 0) performance.mark(INTERACTIVE_MARK);
}

export interface PortfolioViewProps {
  readonly store: ContractStore;
  /** Review status is worked out as of this day (ISO yyyy-mm-dd). */
  readonly today: string;
  /** Opens a contract in the editor; `row` (an invalid row's sheet row) opens that row when others share its ID. */
  readonly onOpen: (id: string, row?: number) => void;
  readonly onReview: (id: string) => void;
  /** Opens the contract page (its value ledger and Record actuals); rows offer it when given. */
  readonly onLedger?: (id: string) => void;
  readonly onNew: () => void;
  readonly onOpenSetup: () => void;
  /** data-focus-key of the control to focus once the list has loaded (the one that opened a drill-in). */
  readonly focusKey: string | null;
  /** What the last save said beyond "saved", shown above the list until the next navigation. */
  readonly saved?: string | null;
  /** Called once the contracts are on screen (the shell then preloads the drill-ins). */
  readonly onInteractive?: () => void;
}

/** Home: every contract, filtered and sorted, with the headline, the plan's evidence pyramid and rows that need fixing. */
export function PortfolioView({ store, today, onOpen, onReview, onLedger, onNew, onOpenSetup, focusKey, saved = null, onInteractive }: PortfolioViewProps) {
  const styles = useStyles();
  const read = useCallback(() => store.listContracts(), [store]);
  const { state, refresh: reload } = useStoreQuery(read);
  const [filter, setFilter] = useState<PortfolioFilter>(NO_FILTER);
  const [sort, setSort] = useState<SortKey>("title");
  const portfolio = useMemo(() => (state.kind === "ready" ? buildPortfolio(state.value, today) : null), [state, today]);
  // Sorted once per list and order; a keystroke in the search only filters, which keeps the (stable) sorted order.
  const sorted = useMemo(() => (portfolio ? sortItems(portfolio.items, sort) : []), [portfolio, sort]);
  // The headline sums the contracts matching every filter but its own figure, so pressing a figure lists
  // the contracts behind it without changing the figures around it.
  const matching = useMemo(() => filterItems(sorted, { ...filter, figure: null }), [sorted, filter]);
  const shown = useMemo(() => (filter.figure === null ? matching : filterItems(matching, { ...NO_FILTER, figure: filter.figure })), [matching, filter.figure]);
  const totals = useMemo(() => portfolioTotals(matching), [matching]);
  const owners = useMemo(() => (portfolio ? ownerNames(portfolio.items.map((item) => item.contract)) : []), [portfolio]);
  // One simulation of the live portfolio feeds both the uncertainty section and the live rows' bands (the report
  // simulates the same input, so with the session's shared cache a refresh after it costs a lookup); the Draft and
  // Terminated contracts with ranges run apart, for their rows only. Over the whole list, not the filtered one, so
  // typing in the search never starts a run.
  const input = useMemo(() => (state.kind === "ready" ? simulationInput(state.value) : null), [state]);
  const liveState = useSimulation(input !== null && hasRanges(input.live) ? input.live : null);
  const apartState = useSimulation(input !== null && input.apart.length > 0 ? input.apart : null);
  const liveShown = useShownResult(liveState);
  const apartShown = useShownResult(apartState);
  const bands = useMemo(() => contractBands([liveShown, apartShown]), [liveShown, apartShown]);
  const loaded = portfolio !== null;
  const hasRows = portfolio !== null && portfolio.items.length + portfolio.invalid.length > 0;
  // Set when the empty state's action (create tables, insert samples) replaced the button that started it.
  const fromEmpty = useRef(false);
  const reloadFromEmpty = useCallback(() => {
    fromEmpty.current = true;
    reload();
  }, [reload]);

  useEffect(() => {
    if (!loaded) return;
    markInteractive();
    if (focusKey !== null) focusByKey(document, focusKey);
  }, [loaded, focusKey]);

  useEffect(() => {
    if (loaded) onInteractive?.();
  }, [loaded, onInteractive]);

  useEffect(() => {
    if (!hasRows || !fromEmpty.current) return;
    fromEmpty.current = false;
    if (focusedElement() === null) focusByKey(document, "view-title");
  }, [hasRows]);

  if (state.kind === "loading") return <PortfolioSkeleton />;
  if (state.kind === "failed") {
    if (state.error.kind === "not-set-up") {
      return <EmptyPortfolio kind="no-tables" store={store} today={today} onChanged={reloadFromEmpty} onNew={onNew} />;
    }
    return <StoreErrorBar error={state.error} onRetry={reload} onOpenSetup={onOpenSetup} />;
  }
  if (!portfolio) return null;
  if (portfolio.items.length === 0 && portfolio.invalid.length === 0) {
    return <EmptyPortfolio kind="no-contracts" store={store} today={today} onChanged={reloadFromEmpty} onNew={onNew} />;
  }
  return (
    <div className={styles.root} aria-busy={state.refreshing}>
      {saved && (
        <MessageBar intent="success" layout="multiline" politeness="polite">
          <MessageBarBody>{saved}</MessageBarBody>
        </MessageBar>
      )}
      {state.value.problems.length > 0 && (
        <StoreErrorBar error={{ kind: "layout", message: "The contract table has problems.", problems: state.value.problems }} onOpenSetup={onOpenSetup} />
      )}
      {state.value.skippedLedgerRows > 0 && <SkippedLedgerRows count={state.value.skippedLedgerRows} onOpenSetup={onOpenSetup} />}
      <PortfolioFilters
        filter={filter}
        onFilterChange={setFilter}
        sort={sort}
        onSortChange={setSort}
        owners={owners}
        shown={shown.length}
        total={portfolio.items.length}
      />
      <PortfolioSummary totals={totals} figure={filter.figure} onFigureChange={(figure) => setFilter((current) => ({ ...current, figure }))} />
      <ReportAction store={store} onOpenSetup={onOpenSetup} />
      <Uncertainty contracts={input?.live ?? null} state={liveState} />
      {portfolio.invalid.length > 0 && <InvalidRows rows={portfolio.invalid} onOpen={onOpen} />}
      <ContractList items={shown} onOpen={onOpen} onReview={onReview} {...(onLedger ? { onLedger } : {})} filtered={isFiltered(filter)} onClearFilters={() => setFilter(NO_FILTER)} bands={bands} />
    </div>
  );
}

/**
 * The live portfolio's uncertainty, closed at first so the list stays near the top: its summary gives the P10 to
 * P90 in a line once the run is done, and opening it shows the figures (fetched as a chunk of their own then).
 */
function Uncertainty({ contracts, state }: { readonly contracts: readonly SimulatedContract[] | null; readonly state: SimulationState }) {
  const styles = useStyles();
  const format = useDisplayFormat();
  const [open, setOpen] = useState(false);
  const shown = useShownResult(state);
  const range = shown === null ? null : `P10 ${compactAmount(shown.portfolio.p10, format.locale)} to P90 ${compactAmount(shown.portfolio.p90, format.locale)} a year`;
  return (
    <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className={styles.summary}>
        Uncertainty{range !== null && <span className={styles.range}>{`: ${range}`}</span>}
      </summary>
      {open && (
        <div className={styles.uncertainty}>
          <Suspense fallback={<Spinner size="small" label="Loading…" />}>
            <UncertaintySection contracts={contracts} state={state} />
          </Suspense>
        </div>
      )}
    </details>
  );
}

/** Ledger rows the list could not sum: the to-date figures leave them out, and Check workbook says which and why. */
function SkippedLedgerRows({ count, onOpenSetup }: { readonly count: number; readonly onOpenSetup: () => void }) {
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        {plural(count, "ledger row")} {count === 1 ? "is" : "are"} invalid and not counted: run Check workbook in Setup to see which and why.
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onOpenSetup}>Open setup</Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/** The shape of the portfolio while the first list loads. */
function PortfolioSkeleton() {
  const styles = useStyles();
  return (
    <Skeleton aria-label="Loading contracts" className={styles.root}>
      <SkeletonItem size={32} />
      {[0, 1, 2, 3, 4].map((n) => (
        <div key={n} className={styles.row}>
          <SkeletonItem size={16} />
          <SkeletonItem size={12} style={{ width: "70%" }} />
        </div>
      ))}
    </Skeleton>
  );
}
