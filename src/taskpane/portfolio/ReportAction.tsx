import { makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { ContractStore, ReportSummary, StoreError } from "../../workbook/contract-store";
import { BusyButton, withFocusReturn } from "../shared/actions";
import { plural } from "../shared/display-format";
import { StoreErrorBar } from "../shared/messages";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalS },
});

type State = { readonly kind: "idle" } | { readonly kind: "busy" } | { readonly kind: "done"; readonly summary: ReportSummary } | { readonly kind: "failed"; readonly error: StoreError };

/** A chart's name as the message reads it: "AIVM Value bridge (planned)" -> "the value bridge (planned)". */
const chartWords = (name: string): string => `the ${name.replace(/^AIVM /, "").toLowerCase()}`;

/** Excel's chart types as a person reads them. */
const TYPE_WORDS: Readonly<Record<ReportSummary["fallbacks"][number]["used"], string>> = {
  Waterfall: "waterfall",
  ColumnClustered: "clustered column",
  ColumnStacked: "stacked column",
  BarClustered: "clustered bar",
  Pie: "pie",
  Line: "line",
};

/** What the refresh did: the charts, any drawn with another type, and J-curve periods left out of its rows. */
export function reportMessage(summary: ReportSummary): string {
  const charts = summary.created.length + summary.updated.length;
  const sheet = `${summary.sheetCreated ? "Created" : "Updated"} sheet "${summary.sheet}"; its figures are formulas that stay live without AIVM.`;
  const fallbacks = summary.fallbacks.map((fallback) => {
    const name = chartWords(fallback.chart);
    return ` ${name.charAt(0).toUpperCase()}${name.slice(1)} is a ${TYPE_WORDS[fallback.used]} chart: this Excel has no ${TYPE_WORDS[fallback.wanted]} charts.`;
  });
  const left = summary.periodsLeftOut > 0 ? ` The J-curve shows the latest ${summary.periods} periods; the ${summary.periodsLeftOut} before them still count in its sums.` : "";
  return `Report refreshed: ${plural(charts, "chart")}. ${sheet}${fallbacks.join("")}${left}`;
}

/**
 * "Refresh report": writes the AIVM Report sheet and its charts (store.refreshReport). The spinner shows inside the
 * button while Excel works, focus returns to the button after, and the outcome stays until the next refresh.
 */
export function ReportAction({ store, onOpenSetup }: { readonly store: ContractStore; readonly onOpenSetup: () => void }) {
  const styles = useStyles();
  const [state, setState] = useState<State>({ kind: "idle" });
  const refresh = () =>
    withFocusReturn(async () => {
      setState({ kind: "busy" });
      const result = await store.refreshReport();
      setState(result.ok ? { kind: "done", summary: result.value } : { kind: "failed", error: result.error });
    });
  const busy = state.kind === "busy";
  return (
    <div className={styles.root}>
      <BusyButton busy={busy} onClick={() => void refresh()} aria-describedby={state.kind === "done" ? "aivm-report-result" : undefined}>
        {busy ? "Refreshing report..." : "Refresh report"}
      </BusyButton>
      {state.kind === "done" && (
        <MessageBar intent={state.summary.fallbacks.length > 0 ? "warning" : "success"} layout="multiline" politeness="polite">
          <MessageBarBody id="aivm-report-result">{reportMessage(state.summary)}</MessageBarBody>
        </MessageBar>
      )}
      {state.kind === "failed" && <StoreErrorBar error={state.error} onRetry={() => void refresh()} onOpenSetup={onOpenSetup} />}
    </div>
  );
}
