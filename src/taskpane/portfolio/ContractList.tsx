import { Button, List, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { ContractRow } from "./ContractRow";
import type { PortfolioItem } from "./portfolio-model";

const useStyles = makeStyles({
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
  readonly onClearFilters: () => void;
  readonly filtered: boolean;
}

/** The contracts as a Fluent List (a grid: arrows move between rows and into a row): Enter or a click opens one. */
export function ContractList({ items, onOpen, onReview, onClearFilters, filtered }: ContractListProps) {
  const styles = useStyles();
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
        {shown.map((item) => (
          <ContractRow key={item.row} item={item} onOpen={onOpen} onReview={onReview} />
        ))}
      </List>
      {rest > 0 && (
        <Button className={styles.more} onClick={() => setLimit((n) => n + FIRST_PAGE)}>
          Show {Math.min(rest, FIRST_PAGE)} more of {rest}
        </Button>
      )}
    </>
  );
}
