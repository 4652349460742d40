/** The pane's views. State lives in memory: office.js nulls history.pushState, so there is no router. */
export type View =
  | { readonly name: "portfolio" }
  /** row: the contract's sheet row, to open that row when others share its ID (from "Open row N to fix"). */
  | { readonly name: "editor"; readonly contractId: string | null; readonly row?: number | undefined }
  | { readonly name: "review"; readonly contractId: string }
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
    case "setup":
      return "Setup";
  }
}
