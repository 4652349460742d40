import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from "@fluentui/react-components";
import { plural } from "../shared/format";
import { ProblemList } from "../shared/ProblemList";
import { StoreErrorBar } from "../shared/StoreErrorBar";
import type { CheckState } from "./useWorkbookCheck";

/** What the workbook check found: all well, or every problem with where it is. */
export function CheckResult({ state }: { readonly state: CheckState }) {
  if (state.kind === "loading") return <Spinner size="tiny" label="Checking the workbook…" labelPosition="after" />;
  if (state.kind === "failed") return <StoreErrorBar error={state.error} />;
  const check = state.value;
  const { tablesExist } = check;
  if (check.ready && check.problems.length === 0) {
    return (
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>All well</MessageBarTitle>
          Both tables are in place with every column, and every row is valid.
        </MessageBarBody>
      </MessageBar>
    );
  }
  const title = !tablesExist
    ? "No contract tables yet"
    : check.ready
      ? `${plural(check.problems.length, "problem")} in the rows`
      : `The layout needs repair (${plural(check.problems.length, "problem")})`;
  return (
    <MessageBar intent={tablesExist ? "warning" : "info"} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {!tablesExist && "Create the tables to start. "}
        {check.ready && "Open each row from the portfolio to fix it, or correct it in the sheet. "}
        {check.problems.length > 0 && <ProblemList problems={check.problems} label="Problems found" />}
      </MessageBarBody>
    </MessageBar>
  );
}
