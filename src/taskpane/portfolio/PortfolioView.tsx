import { makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { ContractStore } from "../../workbook/contract-store";
import { focusByKey, focusedElement } from "../shared/focus";
import { ownerNames } from "../../domain/contract";
import { StoreErrorBar } from "../shared/StoreErrorBar";
import { ContractList } from "./ContractList";
import { EmptyPortfolio } from "./EmptyPortfolio";
import { InvalidRows } from "./InvalidRows";
import { buildPortfolio, filterItems, isFiltered, NO_FILTER, sortItems, type PortfolioFilter, type SortKey } from "./portfolio-model";
import { portfolioTotals } from "./portfolio-totals";
import { PortfolioFilters } from "./PortfolioFilters";
import { PortfolioSkeleton } from "./PortfolioSkeleton";
import { PortfolioSummary } from "./PortfolioSummary";
import { useContractList } from "./useContractList";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
});

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
  readonly onNew: () => void;
  readonly onOpenSetup: () => void;
  /** data-focus-key of the control to focus once the list has loaded (the one that opened a drill-in). */
  readonly focusKey: string | null;
  /** Called once the contracts are on screen (the shell then preloads the drill-ins). */
  readonly onInteractive?: () => void;
}

/** Home: every contract, filtered and sorted, with totals, the evidence pyramid and rows that need fixing. */
export function PortfolioView({ store, today, onOpen, onReview, onNew, onOpenSetup, focusKey, onInteractive }: PortfolioViewProps) {
  const styles = useStyles();
  const { state, reload } = useContractList(store);
  const [filter, setFilter] = useState<PortfolioFilter>(NO_FILTER);
  const [sort, setSort] = useState<SortKey>("title");
  const portfolio = useMemo(() => (state.status === "loaded" ? buildPortfolio(state.list, today) : null), [state, today]);
  // Sorted once per list and order; a keystroke in the search only filters, which keeps the (stable) sorted order.
  const sorted = useMemo(() => (portfolio ? sortItems(portfolio.items, sort) : []), [portfolio, sort]);
  const shown = useMemo(() => filterItems(sorted, filter), [sorted, filter]);
  const totals = useMemo(() => portfolioTotals(shown), [shown]);
  const owners = useMemo(() => (portfolio ? ownerNames(portfolio.items.map((item) => item.contract)) : []), [portfolio]);
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

  if (state.status === "loading") return <PortfolioSkeleton />;
  if (state.status === "error") {
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
      {state.list.problems.length > 0 && (
        <StoreErrorBar error={{ kind: "layout", message: "The contract table has problems.", problems: state.list.problems }} onOpenSetup={onOpenSetup} />
      )}
      <PortfolioFilters
        filter={filter}
        onFilterChange={setFilter}
        sort={sort}
        onSortChange={setSort}
        owners={owners}
        shown={shown.length}
        total={portfolio.items.length}
      />
      <PortfolioSummary totals={totals} />
      {portfolio.invalid.length > 0 && <InvalidRows rows={portfolio.invalid} onOpen={onOpen} />}
      <ContractList items={shown} onOpen={onOpen} onReview={onReview} filtered={isFiltered(filter)} onClearFilters={() => setFilter(NO_FILTER)} />
    </div>
  );
}
