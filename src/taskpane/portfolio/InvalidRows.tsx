import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Text, tokens } from "@fluentui/react-components";
import type { StoredContract } from "../../workbook/contract-store";
import { plural } from "../shared/format";
import { ProblemList } from "../shared/ProblemList";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  body: { overflowWrap: "anywhere" },
  summary: { cursor: "pointer", fontWeight: tokens.fontWeightSemibold },
  rows: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteRedBorder2}`,
  },
  title: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  open: { alignSelf: "flex-start" },
});

/** What to call a row that failed validation: its title if it has one, else its ID, else its row. */
function invalidRowName(stored: StoredContract): string {
  const title = stored.draft["title"];
  if (typeof title === "string" && title.trim() !== "") return title;
  return stored.id.trim() !== "" ? stored.id : `Row ${stored.row}`;
}

/** Rows the store could not validate: each with its problems and a way to open and fix it. */
export function InvalidRows({ rows, onOpen }: { readonly rows: readonly StoredContract[]; readonly onOpen: (id: string, row: number) => void }) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-label="Rows with problems">
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody className={styles.body}>
          <MessageBarTitle>
            {plural(rows.length, "row")} {rows.length === 1 ? "needs" : "need"} fixing
          </MessageBarTitle>
          {rows.length === 1 ? "It is" : "They are"} kept as they are in the sheet and left out of the totals until fixed.
        </MessageBarBody>
      </MessageBar>
      <details open={rows.length <= 3}>
        <summary className={styles.summary}>Rows with problems</summary>
        <ul className={styles.rows}>
          {rows.map((stored) => (
            <li key={stored.row} className={styles.row}>
              <Text className={styles.title}>{invalidRowName(stored)}</Text>
              <Text size={200}>
                {stored.id.trim() !== "" ? `${stored.id}, ` : ""}sheet row {stored.row}
              </Text>
              <ProblemList problems={stored.problems} limit={10} label={`Problems in row ${stored.row}`} />
              {stored.id.trim() !== "" ? (
                <Button className={styles.open} size="small" data-focus-key={`contract:${stored.id}`} onClick={() => onOpen(stored.id, stored.row)}>
                  Open row {stored.row} to fix
                </Button>
              ) : (
                <Text size={200}>Give this row a Contract ID in the sheet, then reload, to open it here.</Text>
              )}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
