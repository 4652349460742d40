import { Button, FluentProvider, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner, tokens, type Theme } from "@fluentui/react-components";
import { Component, lazy, Suspense, useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import type { ContractStore } from "../workbook/contract-store";
import { Header, HOME, type View } from "./Header";
import { PortfolioView } from "./portfolio/PortfolioView";
import { focusByKey, focusedElement } from "./shared/actions";
import { DisplayFormatProvider } from "./shared/display-format";
import { createSimulationRuntime, SimulationProvider, type SimulationRuntime } from "./uncertainty/useSimulation";

const useStyles = makeStyles({
  provider: { height: "100%" },
  shell: { display: "flex", flexDirection: "column", height: "100vh", backgroundColor: tokens.colorNeutralBackground1 },
  // The editor and the review lay out their own margins and sticky footer, so main has none of its own.
  main: { flexGrow: 1, overflowY: "auto", overflowX: "hidden" },
});

export interface AppProps {
  readonly store: ContractStore;
  readonly theme: Theme;
  /**
   * Shown above every view for the whole session: the preview's banner when the pane runs outside Excel
   * on the in-memory workbook (the composition root brings it with the preview's chunk), else null.
   */
  readonly notice: ReactNode;
  /** Today as ISO yyyy-mm-dd: review status and sample dates are worked out from it. */
  readonly today: string;
  /** The locale dates and amounts are shown and typed in (boot.ts chooses it). */
  readonly locale: string;
  /**
   * Where simulations run and their results are kept for the session (the composition root makes one);
   * left out, the pane makes its own.
   */
  readonly simulation?: SimulationRuntime;
}

/** The pane: header, banner row, and the current view in a scrolling main area. */
export function App({ store, theme, notice, today, locale, simulation }: AppProps) {
  const styles = useStyles();
  const [simulationRuntime] = useState(() => simulation ?? createSimulationRuntime());
  const [view, setView] = useState<View>(HOME);
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const nav = useMemo<Navigation>(
    () => ({
      openEditor: (contractId, row) => setView({ name: "editor", contractId, row }),
      openReview: (contractId) => setView({ name: "review", contractId }),
      openLedger: (contractId) => setView({ name: "ledger", contractId }),
      openSetup: () => setView({ name: "setup" }),
      home: (key, note = null) => {
        setFocusKey(key);
        setSaved(note);
        setView(HOME);
      },
    }),
    [],
  );
  const back = useCallback(() => nav.home(view.name === "setup" ? "setup" : null), [nav, view.name]);

  // A drill-in replaces the control that opened it: put focus on the new view's title, not on nothing.
  useEffect(() => {
    if (view.name !== "portfolio" && focusedElement() === null) focusByKey(document, "view-title");
  }, [view]);

  return (
    <FluentProvider theme={theme} className={styles.provider}>
      <DisplayFormatProvider locale={locale}>
        <SimulationProvider runtime={simulationRuntime}>
          <div className={styles.shell}>
            <Header view={view} onBack={back} onNew={() => nav.openEditor(null)} onSetup={nav.openSetup} />
            {notice && (
              <div role="region" aria-label="Notices">
                {notice}
              </div>
            )}
            <main className={styles.main} aria-labelledby="aivm-view-title">
              <ViewHost view={view} store={store} today={today} focusKey={focusKey} saved={saved} nav={nav} />
            </main>
          </div>
        </SimulationProvider>
      </DisplayFormatProvider>
    </FluentProvider>
  );
}

const useViewStyles = makeStyles({
  // 20 px margins on the 4 px grid; narrower below 300 px so the content keeps its width.
  padded: {
    padding: `${tokens.spacingVerticalL} 20px`,
    "@media (max-width: 300px)": { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}` },
  },
});

interface Navigation {
  /** `row` opens that sheet row of the contract, where several rows share its ID. */
  readonly openEditor: (contractId: string | null, row?: number) => void;
  readonly openReview: (contractId: string) => void;
  readonly openLedger: (contractId: string) => void;
  readonly openSetup: () => void;
  /** Back to the portfolio, focusing the control with this data-focus-key once it has loaded. */
  /** `note`: what the drill-in saved, when it has more to say than "saved" (a co-author's changes kept). */
  readonly home: (focusKey: string | null, note?: string | null) => void;
}

interface ViewHostProps {
  readonly view: View;
  readonly store: ContractStore;
  readonly today: string;
  readonly focusKey: string | null;
  readonly nav: Navigation;
  readonly saved: string | null;
}

/** The current view; drill-ins arrive as lazy chunks with a spinner while they load. */
function ViewHost({ view, store, today, focusKey, saved, nav }: ViewHostProps) {
  const styles = useViewStyles();
  const content = (
    <ChunkErrorBoundary key={view.name} onHome={() => nav.home(null)}>
      <Suspense fallback={<Spinner className={styles.padded} size="small" label="Loading…" />}>{renderView(view, store, today, focusKey, saved, nav)}</Suspense>
    </ChunkErrorBoundary>
  );
  // The portfolio and setup get the pane's margins here; the editor, the review and the ledger bring their own.
  return view.name === "portfolio" || view.name === "setup" ? <div className={styles.padded}>{content}</div> : content;
}

function renderView(view: View, store: ContractStore, today: string, focusKey: string | null, saved: string | null, nav: Navigation) {
  switch (view.name) {
    case "portfolio":
      return (
        <PortfolioView
          store={store}
          today={today}
          focusKey={focusKey}
          saved={saved}
          onOpen={(id, row) => nav.openEditor(id, row)}
          onReview={(id) => nav.openReview(id)}
          onLedger={(id) => nav.openLedger(id)}
          onNew={() => nav.openEditor(null)}
          onOpenSetup={nav.openSetup}
          onInteractive={preloadDrillIns}
        />
      );
    case "editor": {
      const opener = view.contractId === null ? "new" : `contract:${view.contractId}`;
      return <ContractEditor store={store} contractId={view.contractId} row={view.row} onDone={(savedId, note) => nav.home(savedId === null ? opener : `contract:${savedId}`, note)} />;
    }
    case "review":
      return <ReviewView store={store} contractId={view.contractId} onDone={() => nav.home(`review:${view.contractId}`)} />;
    case "ledger":
      return <LedgerView store={store} contractId={view.contractId} today={today} onDone={() => nav.home(`ledger:${view.contractId}`)} />;
    case "setup":
      return <SetupView store={store} today={today} />;
  }
}

// Drill-ins load on demand, each in a chunk of its own, so the first paint is the portfolio alone.
const loadEditor = () => import(/* webpackChunkName: "editor" */ "./editor/ContractEditor");
const loadReview = () => import(/* webpackChunkName: "review" */ "./review/ReviewView");
const loadLedger = () => import(/* webpackChunkName: "ledger" */ "./ledger/LedgerView");

const ContractEditor = lazy(loadEditor);
const ReviewView = lazy(loadReview);
const LedgerView = lazy(loadLedger);
const SetupView = lazy(() => import(/* webpackChunkName: "setup" */ "./setup/SetupView"));

/**
 * Fetches the editor, the review and the value ledger once the portfolio is interactive and the page
 * is idle, so the first New, Record review or Value ledger opens without waiting on the network, and
 * nothing competes with the first load. A failed fetch is left for React.lazy to retry and report when the view is opened.
 */
function preloadDrillIns(): void {
  const load = () => {
    loadEditor().catch(() => undefined);
    loadReview().catch(() => undefined);
    loadLedger().catch(() => undefined);
  };
  if (typeof window.requestIdleCallback === "function") window.requestIdleCallback(load, { timeout: 3000 });
  else setTimeout(load, 1000);
}

interface State {
  readonly error: Error | null;
}

/**
 * Catches a view that failed to load or crashed (a lazy chunk that could not be fetched, a bug) and says
 * so, with a way back, instead of leaving a blank pane.
 */
class ChunkErrorBoundary extends Component<{ readonly children: ReactNode; readonly onHome: () => void }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>This view could not open</MessageBarTitle>
          {this.state.error.message} Go back to the portfolio and try again; if it keeps failing, reload the add-in.
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={this.props.onHome}>Back to the portfolio</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}
