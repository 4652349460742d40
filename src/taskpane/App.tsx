import { FluentProvider, makeStyles, tokens, type Theme } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import type { ContractStore } from "../workbook/contract-store";
import { Header } from "./app/Header";
import { ViewHost, type Navigation } from "./app/ViewHost";
import { HOME, type View } from "./app/views";
import { DisplayFormatProvider } from "./shared/display-format";
import { focusByKey, focusedElement } from "./shared/focus";

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
  /** The locale dates and amounts are shown and typed in (boot/locale.ts chooses it). */
  readonly locale: string;
}

/** The pane: header, banner row, and the current view in a scrolling main area. */
export function App({ store, theme, notice, today, locale }: AppProps) {
  const styles = useStyles();
  const [view, setView] = useState<View>(HOME);
  const [focusKey, setFocusKey] = useState<string | null>(null);

  const nav = useMemo<Navigation>(
    () => ({
      openEditor: (contractId, row) => setView({ name: "editor", contractId, row }),
      openReview: (contractId) => setView({ name: "review", contractId }),
      openSetup: () => setView({ name: "setup" }),
      home: (key) => {
        setFocusKey(key);
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
        <div className={styles.shell}>
          <Header view={view} onBack={back} onNew={() => nav.openEditor(null)} onSetup={nav.openSetup} />
          {notice && (
            <div role="region" aria-label="Notices">
              {notice}
            </div>
          )}
          <main className={styles.main} aria-labelledby="aivm-view-title">
            <ViewHost view={view} store={store} today={today} focusKey={focusKey} nav={nav} />
          </main>
        </div>
      </DisplayFormatProvider>
    </FluentProvider>
  );
}
