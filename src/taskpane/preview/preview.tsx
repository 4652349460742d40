import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useState } from "react";
import type { ContractStore, StoreError } from "../../workbook/contract-store";
import { createMemoryExcel, type MemoryExcel } from "../../memory-excel";
import type { Workbook } from "../../memory-excel/model-workbook";
import { StoreErrorBar } from "../shared/messages";
import { PreviewDownload } from "./PreviewDownload";

/**
 * The preview's workbook: the in-memory Excel, which the pane's ordinary store runs over, set up and
 * seeded with the sample contracts. This module is a chunk of its own ("preview"), loaded only when
 * Office reports no host, so Excel users never download it.
 */

/** A new, empty in-memory workbook: the store runs over its `run`, the banner downloads its `model`. */
export function createPreviewExcel(): MemoryExcel {
  return createMemoryExcel();
}

/**
 * Sets the tables up and inserts the samples, as Setup does, then `extraContracts` more (for the
 * load-time bench), in one request. Resolves to null, or to the error that stopped it: the pane still
 * opens and shows it.
 */
export async function seedPreview(store: ContractStore, today: string, extraContracts = 0): Promise<StoreError | null> {
  const created = await store.insertSampleContracts(today, extraContracts);
  return created.ok ? null : created.error;
}

// The info button brings Fluent's popover and positioning (~30 KiB gzip); only the preview shows it, so it
// loads on its own and stays out of the first script Excel users download.
const PreviewInfo = lazy(() => import(/* webpackChunkName: "preview-info" */ "./PreviewInfo"));

const useStyles = makeStyles({
  // One line across the pane, like Office's own business bars: square, no side margins, a rule below.
  bar: {
    minHeight: "32px",
    borderTopWidth: 0,
    borderLeftWidth: 0,
    borderRightWidth: 0,
    paddingLeft: "20px",
    // With two 32 px buttons on the line, the title fits a 320 px pane (Windows) only at caption size, and a 270 px
    // one (Mac) only without the warning icon: the amber bar and its words still say it is a warning.
    "@media (max-width: 320px)": { paddingLeft: tokens.spacingHorizontalM, "& .fui-MessageBar__icon": { fontSize: tokens.fontSizeBase400, marginRight: tokens.spacingHorizontalXS } },
    "@media (max-width: 290px)": { "& .fui-MessageBar__icon": { display: "none" } },
  },
  body: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    "@media (max-width: 290px)": { gap: 0, paddingRight: 0 },
    // Wraps rather than pushing the pane sideways if the pane is narrower still.
    whiteSpace: "normal",
    minWidth: 0,
  },
  // Caption size in narrow panes (Windows 320 px, Mac 270 px), so the line stays one line.
  title: { "@media (max-width: 320px)": { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 } },
  // The explanation sits behind an info button, the download behind an icon: 32 px targets, the smallest the pane allows.
  info: { minWidth: "32px", minHeight: "32px", flexShrink: 0 },
  failure: { overflowWrap: "anywhere" },
  error: { padding: `${tokens.spacingVerticalS} 20px 0`, "@media (max-width: 300px)": { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0` } },
});

export interface PreviewBannerProps {
  /** Office did not answer in time (office.js blocked or slow), rather than answering "no host". */
  readonly timedOut: boolean;
  /** office.js never loaded (Microsoft's CDN unreachable): say that, not that Office found no Excel. */
  readonly officeLoaded?: boolean;
  /** Seeding the preview workbook failed: shown too, never swallowed. */
  readonly error: StoreError | null;
  /** The preview's workbook, which "Download as .xlsx" writes as it stands when clicked. */
  readonly model: Workbook;
}

/**
 * Shown for the whole session when the pane runs outside Excel, on the in-memory workbook: a one-line
 * warning (announced when the pane opens), its explanation behind an info button so it costs no height.
 */
export function PreviewBanner({ timedOut, officeLoaded = true, error, model }: PreviewBannerProps) {
  const styles = useStyles();
  const [downloadFailure, setDownloadFailure] = useState<string | null>(null);
  const why = !officeLoaded
    ? "Office's script (office.js, from Microsoft's CDN) could not be loaded, so this page"
    : timedOut
      ? "Office did not answer, so this page"
      : "Office reports no Excel here, so this page";
  return (
    <>
      <MessageBar intent="warning" layout="singleline" shape="square" className={styles.bar}>
        <MessageBarBody className={styles.body}>
          <MessageBarTitle className={styles.title}>Preview: not connected to Excel</MessageBarTitle>
          <Suspense fallback={null}>
            <PreviewInfo
              className={styles.info}
              text={`${why} runs on sample data held in memory: nothing is saved, and reloading starts again. Open the add-in in Excel to work on a workbook.`}
            />
            <PreviewDownload className={styles.info} model={model} onFailure={setDownloadFailure} />
          </Suspense>
        </MessageBarBody>
      </MessageBar>
      {error && (
        <div className={styles.error}>
          <StoreErrorBar error={error} />
        </div>
      )}
      {downloadFailure !== null && (
        <div className={styles.error}>
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody className={styles.failure}>
              <MessageBarTitle>The workbook could not be downloaded</MessageBarTitle>
              {downloadFailure} Try again; the preview's data is unchanged.
            </MessageBarBody>
          </MessageBar>
        </div>
      )}
    </>
  );
}
