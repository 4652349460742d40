import { makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { Suspense } from "react";
import type { ContractStore } from "../../workbook/contract-store";
import { PortfolioView } from "../portfolio/PortfolioView";
import { ChunkErrorBoundary } from "./ChunkErrorBoundary";
import { ContractEditor, preloadDrillIns, ReviewView, SetupView } from "./lazy-views";
import type { View } from "./views";

const useStyles = makeStyles({
  // 20 px margins on the 4 px grid; narrower below 300 px so the content keeps its width.
  padded: {
    padding: `${tokens.spacingVerticalL} 20px`,
    "@media (max-width: 300px)": { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}` },
  },
});

export interface Navigation {
  /** `row` opens that sheet row of the contract, where several rows share its ID. */
  readonly openEditor: (contractId: string | null, row?: number) => void;
  readonly openReview: (contractId: string) => void;
  readonly openSetup: () => void;
  /** Back to the portfolio, focusing the control with this data-focus-key once it has loaded. */
  readonly home: (focusKey: string | null) => void;
}

export interface ViewHostProps {
  readonly view: View;
  readonly store: ContractStore;
  readonly today: string;
  readonly focusKey: string | null;
  readonly nav: Navigation;
}

/** The current view; drill-ins arrive as lazy chunks with a spinner while they load. */
export function ViewHost({ view, store, today, focusKey, nav }: ViewHostProps) {
  const styles = useStyles();
  const content = (
    <ChunkErrorBoundary key={view.name} onHome={() => nav.home(null)}>
      <Suspense fallback={<Spinner className={styles.padded} size="small" label="Loading…" />}>{renderView(view, store, today, focusKey, nav)}</Suspense>
    </ChunkErrorBoundary>
  );
  // The portfolio and setup get the pane's margins here; the editor and the review bring their own.
  return view.name === "portfolio" || view.name === "setup" ? <div className={styles.padded}>{content}</div> : content;
}

function renderView(view: View, store: ContractStore, today: string, focusKey: string | null, nav: Navigation) {
  switch (view.name) {
    case "portfolio":
      return (
        <PortfolioView
          store={store}
          today={today}
          focusKey={focusKey}
          onOpen={(id, row) => nav.openEditor(id, row)}
          onReview={(id) => nav.openReview(id)}
          onNew={() => nav.openEditor(null)}
          onOpenSetup={nav.openSetup}
          onInteractive={preloadDrillIns}
        />
      );
    case "editor": {
      const opener = view.contractId === null ? "new" : `contract:${view.contractId}`;
      return <ContractEditor store={store} contractId={view.contractId} row={view.row} onDone={(savedId) => nav.home(savedId === null ? opener : `contract:${savedId}`)} />;
    }
    case "review":
      return <ReviewView store={store} contractId={view.contractId} onDone={() => nav.home(`review:${view.contractId}`)} />;
    case "setup":
      return <SetupView store={store} today={today} />;
  }
}
