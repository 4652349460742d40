import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { AddRegular, ArrowLeftRegular, SettingsRegular } from "@fluentui/react-icons";

/** The pane's views. State lives in memory: office.js nulls history.pushState, so there is no router. */
export type View =
  | { readonly name: "portfolio" }
  /** row: the contract's sheet row, to open that row when others share its ID (from "Open row N to fix"). */
  | { readonly name: "editor"; readonly contractId: string | null; readonly row?: number | undefined }
  | { readonly name: "review"; readonly contractId: string }
  /** The contract page: its value ledger, J-curve and Record actuals. */
  | { readonly name: "ledger"; readonly contractId: string }
  | { readonly name: "setup" };

export const HOME: View = { name: "portfolio" };

export function viewTitle(view: View): string {
  switch (view.name) {
    case "portfolio":
      return "Portfolio";
    case "editor":
      return view.contractId === null ? "New contract" : "Edit contract";
    case "review":
      return "Record review";
    case "ledger":
      return "Value ledger";
    case "setup":
      return "Setup";
  }
}

const useStyles = makeStyles({
  header: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    minHeight: "44px",
    // 20 px margin on the left; the right keeps clear of Office's own pane menu in the corner.
    padding: `${tokens.spacingVerticalXS} 40px ${tokens.spacingVerticalXS} 20px`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    "@media (max-width: 300px)": { paddingRight: tokens.spacingHorizontalS, paddingLeft: tokens.spacingHorizontalM },
  },
  title: {
    flexGrow: 1,
    minWidth: 0,
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
  },
  commands: { display: "flex", gap: tokens.spacingHorizontalXS, flexShrink: 0 },
});

export interface HeaderProps {
  readonly view: View;
  readonly onBack: () => void;
  readonly onNew: () => void;
  readonly onSetup: () => void;
}

/**
 * Back and the view's title on the left; New and Setup on the right, on the portfolio only. The editor
 * and the review carry their own Cancel, which guards unsaved changes, so they get no back button here.
 */
export function Header({ view, onBack, onNew, onSetup }: HeaderProps) {
  const styles = useStyles();
  return (
    <header className={styles.header}>
      {view.name === "setup" && (
        <Button appearance="subtle" icon={<ArrowLeftRegular />} aria-label="Back to the portfolio" title="Back to the portfolio" onClick={onBack} />
      )}
      <h1 className={styles.title} tabIndex={-1} id="aivm-view-title" data-focus-key="view-title">
        {viewTitle(view)}
      </h1>
      {view.name === "portfolio" && (
        <div className={styles.commands}>
          <Button appearance="primary" icon={<AddRegular />} data-focus-key="new" onClick={onNew}>
            New
          </Button>
          <Button appearance="subtle" icon={<SettingsRegular />} aria-label="Setup" title="Setup: tables and sample contracts" data-focus-key="setup" onClick={onSetup} />
        </div>
      )}
    </header>
  );
}
