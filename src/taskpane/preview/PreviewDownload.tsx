import { ArrowDownloadRegular } from "@fluentui/react-icons";
import { useState } from "react";
import type { Workbook } from "../../memory-excel/model-workbook";
import { BusyButton, withFocusReturn } from "../shared/actions";

/**
 * "Download as .xlsx": the preview's in-memory workbook as it stands (the samples, what the user did, the report
 * sheet if they refreshed it), written by the same code as `aivm sample` and saved through the browser's own
 * download. Nothing leaves the machine: the bytes go from a Blob to a local file. The writer (src/xlsx and fflate) is
 * a lazy chunk, "xlsx", loaded on the first click.
 */

export const DOWNLOAD_NAME = "AIVM preview.xlsx";
/** The .xlsx media type (ECMA-376 Part 2 / IANA). */
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/**
 * How long the object URL lives after the click, in ms. Chromium reads a blob: download after the click returns, so
 * revoking at once can cancel it (FileSaver.js waits 40 s for the same reason); a second is ample for a local Blob.
 */
const REVOKE_AFTER_MS = 1000;

/** Writes `model` as .xlsx and hands it to the browser as a download named DOWNLOAD_NAME. */
export async function downloadWorkbook(model: Workbook): Promise<void> {
  const { writeXlsx } = await import(/* webpackChunkName: "xlsx" */ "../../xlsx/write-xlsx");
  const bytes = writeXlsx(model);
  const url = URL.createObjectURL(new Blob([bytes], { type: XLSX_TYPE }));
  try {
    const anchor = document.createElement("a");
    anchor.href = url;
    anchor.download = DOWNLOAD_NAME;
    anchor.click();
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}

export interface PreviewDownloadProps {
  readonly className: string;
  /** The preview's workbook, read when the user clicks. */
  readonly model: Workbook;
  /** Called with the failure's message when writing fails, and with null when an attempt starts. */
  readonly onFailure: (message: string | null) => void;
}

/**
 * An icon button (the banner's line has room for no more at 270-320 px) named "Download as .xlsx", with that as its
 * native tooltip (title). Fluent's Tooltip would bring its positioning into the preview chunk for one label.
 */
export function PreviewDownload({ className, model, onFailure }: PreviewDownloadProps) {
  const [busy, setBusy] = useState(false);
  const download = () =>
    withFocusReturn(async () => {
      setBusy(true);
      onFailure(null);
      try {
        await downloadWorkbook(model);
      } catch (error: unknown) {
        onFailure(error instanceof Error ? error.message : String(error));
      } finally {
        setBusy(false);
      }
    });
  return (
    <BusyButton
      className={className}
      appearance="subtle"
      aria-label="Download as .xlsx"
      title="Download as .xlsx"
      busy={busy}
      icon={<ArrowDownloadRegular />}
      onClick={() => void download()}
    />
  );
}
