import { Badge, Button, List, ListItem, makeStyles, mergeClasses, MessageBar, MessageBarBody, MessageBarTitle, Text, tokens } from "@fluentui/react-components";
import { ClipboardTaskRegular, ClockRegular, DataLineRegular, WarningRegular } from "@fluentui/react-icons";
import { memo, useState, type ReactElement } from "react";
import type { ContractSimulation } from "../../domain/portfolio-simulation";
import type { ReviewStatus } from "../../domain/review-cadence";
import type { StoredContract } from "../../workbook/contract-store";
import { plural, useDisplayFormat } from "../shared/display-format";
import { ProblemList } from "../shared/messages";
import { RangeBand } from "../uncertainty/RangeBand";
import type { PortfolioItem } from "./portfolio-model";

const useListStyles = makeStyles({
  list: { display: "flex", flexDirection: "column" },
  more: { alignSelf: "flex-start", marginTop: tokens.spacingVerticalS },
  empty: { padding: tokens.spacingVerticalM, overflowWrap: "anywhere" },
});

/** Rows rendered at first; the rest on request, so a large portfolio stays quick to open. */
export const FIRST_PAGE = 200;

export interface ContractListProps {
  readonly items: readonly PortfolioItem[];
  readonly onOpen: (id: string) => void;
  readonly onReview: (id: string) => void;
  /** Opens a contract's value ledger; without it the rows offer no ledger button. */
  readonly onLedger?: (id: string) => void;
  readonly onClearFilters: () => void;
  readonly filtered: boolean;
  /** Each ranged contract's simulated value a year by Contract ID (contractBands); a row without one shows no band. */
  readonly bands?: ReadonlyMap<string, ContractSimulation>;
}

/** The contracts as a Fluent List (a grid: arrows move between rows and into a row): Enter or a click opens one. */
export function ContractList({ items, onOpen, onReview, onLedger, onClearFilters, filtered, bands }: ContractListProps) {
  const styles = useListStyles();
  const [limit, setLimit] = useState(FIRST_PAGE);
  if (items.length === 0) {
    return (
      <div className={styles.empty}>
        <Text>{filtered ? "No contract matches these filters. " : "No valid contracts to show. "}</Text>
        {filtered && <Button appearance="secondary" onClick={onClearFilters}>Clear filters</Button>}
      </div>
    );
  }
  const shown = items.slice(0, limit);
  const rest = items.length - shown.length;
  return (
    <>
      <List navigationMode="composite" aria-label="Contracts: Enter opens one in the editor" className={styles.list}>
        {shown.map((item) => {
          // Looked up for the rows on screen only: at most a page of 200, whatever the portfolio's size.
          const band = bands?.get(item.contract.id);
          return <ContractRow key={item.row} item={item} onOpen={onOpen} onReview={onReview} {...(onLedger ? { onLedger } : {})} {...(band ? { band } : {})} />;
        })}
      </List>
      {rest > 0 && (
        <Button className={styles.more} onClick={() => setLimit((n) => n + FIRST_PAGE)}>
          Show {Math.min(rest, FIRST_PAGE)} more of {rest}
        </Button>
      )}
    </>
  );
}


const useRowStyles = makeStyles({
  item: {
    display: "flex",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXS} ${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
  },
  content: { flexGrow: 1, minWidth: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  first: { display: "flex", alignItems: "baseline", gap: tokens.spacingHorizontalS },
  title: { flexGrow: 1, minWidth: 0, overflowWrap: "anywhere", fontWeight: tokens.fontWeightSemibold },
  amount: { flexShrink: 0, fontVariantNumeric: "tabular-nums" },
  negative: { color: tokens.colorPaletteRedForeground1 },
  second: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  badges: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, alignItems: "center" },
  action: { flexShrink: 0 },
});

export interface ContractRowProps {
  readonly item: PortfolioItem;
  readonly onOpen: (id: string) => void;
  readonly onReview: (id: string) => void;
  readonly onLedger?: (id: string) => void;
  /** The contract's simulated value a year, when it has a range: drawn as its band under the two lines. */
  readonly band?: ContractSimulation;
}

/**
 * One contract on two lines (title and Planned value; owner, status, evidence level and value class),
 * its simulated band when it has ranges (no figures table: the band's name gives the numbers, and a second
 * control would fight the row's arrow keys), a due or overdue badge when a review is near, and Value ledger and Record review buttons (icon only,
 * 32 px each, so the title keeps most of the width at 270 px). Enter or a click on the row opens the editor; arrow right reaches
 * the button. Memoised: a keystroke in the search re-renders the list, but a row whose item and
 * handlers are unchanged (the portfolio's items and the shell's callbacks are stable) is left alone.
 */
export const ContractRow = memo(function ContractRow({ item, onOpen, onReview, onLedger, band }: ContractRowProps) {
  const styles = useRowStyles();
  const format = useDisplayFormat();
  const { contract, figures, review } = item;
  const planned = figures?.plannedValue ?? null;
  const details = [
    contract.owner.trim() || "No owner",
    contract.status,
    contract.evidenceLevel ? `${contract.evidenceLevel} evidence` : "Evidence not set",
    figures?.valueClass ?? "No value class",
  ];
  return (
    <ListItem className={styles.item} value={`contract-row-${item.row}`} data-focus-key={`contract:${contract.id}`} onAction={() => onOpen(contract.id)}>
      <div role="gridcell" className={styles.content}>
        <div className={styles.first}>
          <Text className={styles.title}>{contract.title}</Text>
          <Text className={mergeClasses(styles.amount, planned !== null && planned < 0 && styles.negative)}>{format.amount(planned)}</Text>
        </div>
        <Text size={200} className={styles.second}>
          {details.join(" · ")}
        </Text>
        {band && <RangeBand contractId={contract.id} planned={band.planned} summary={band.summary} figures={false} />}
        {(review === "Due" || review === "Overdue") && (
          <div className={styles.badges}>
            <ReviewBadge status={review} />
            <Text size={200}>
              {review === "Overdue" ? "was due" : "by"} {format.date(figures?.nextReview ?? null)}
            </Text>
          </div>
        )}
      </div>
      {onLedger && <RowAction icon={<DataLineRegular />} label={`Value ledger: ${contract.title}`} title="Value ledger: J-curve and Record actuals" focusKey={`ledger:${contract.id}`} onPress={() => onLedger(contract.id)} />}
      <RowAction icon={<ClipboardTaskRegular />} label={`Record review: ${contract.title}`} title="Record review" focusKey={`review:${contract.id}`} onPress={() => onReview(contract.id)} />
    </ListItem>
  );
});


/** "Review due" or "Review overdue" with an icon and words, never colour alone; nothing when scheduled. */
interface RowActionProps {
  readonly icon: ReactElement;
  /** The button's accessible name, with the contract's title. */
  readonly label: string;
  readonly title: string;
  /** Where focus returns when the user comes back from the view it opens. */
  readonly focusKey: string;
  readonly onPress: () => void;
}

/** An icon-only action in its own grid cell (32 px, so the title keeps the width at 270 px). */
function RowAction({ icon, label, title, focusKey, onPress }: RowActionProps) {
  const styles = useRowStyles();
  return (
    <div role="gridcell" className={styles.action}>
      <Button
        appearance="subtle"
        icon={icon}
        aria-label={label}
        title={title}
        data-focus-key={focusKey}
        onClick={(event) => {
          event.preventDefault(); // not also the row's open action
          onPress();
        }}
      />
    </div>
  );
}

export function ReviewBadge({ status }: { readonly status: ReviewStatus | null }) {
  if (status === "Overdue") {
    return (
      <Badge appearance="filled" color="danger" shape="rounded" icon={<WarningRegular />}>
        Review overdue
      </Badge>
    );
  }
  if (status === "Due") {
    return (
      <Badge appearance="tint" color="warning" shape="rounded" icon={<ClockRegular />}>
        Review due
      </Badge>
    );
  }
  return null;
}


const useInvalidStyles = makeStyles({
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
  const styles = useInvalidStyles();
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
