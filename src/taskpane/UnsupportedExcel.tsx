import { FluentProvider, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens, type Theme } from "@fluentui/react-components";

const useStyles = makeStyles({
  provider: { height: "100%" },
  main: { minHeight: "100vh", boxSizing: "border-box", padding: "20px", backgroundColor: tokens.colorNeutralBackground1 },
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, overflowWrap: "anywhere" },
});

export interface UnsupportedExcelProps {
  readonly theme: Theme;
  /** The ExcelApi requirement set the contract tables need (EXCEL_API_VERSION), e.g. "1.8". */
  readonly version: string;
}

/**
 * Shown instead of the pane when Office says this Excel lacks the Excel API the contract tables need: what is
 * missing, what still works, and what to do. The pane then never calls Excel.run.
 */
export function UnsupportedExcel({ theme, version }: UnsupportedExcelProps) {
  const styles = useStyles();
  return (
    <FluentProvider theme={theme} className={styles.provider}>
      <main className={styles.main} aria-label="AIVM">
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody className={styles.body}>
            <MessageBarTitle>This version of Excel cannot open AIVM&apos;s contract tables</MessageBarTitle>
            <span>
              The value contracts live in workbook tables that AIVM reads and writes through the Excel JavaScript API {version} (ExcelApi{" "}
              {version}). This Excel does not offer it, so the pane stops here and changes nothing in your workbook.
            </span>
            <span>The =AIVM functions still work in your cells.</span>
            <span>To use the contract tables, update Excel, or open the workbook in Excel for Microsoft 365 or in Excel on the web.</span>
          </MessageBarBody>
        </MessageBar>
      </main>
    </FluentProvider>
  );
}
