import { Button, Field, makeStyles, mergeClasses, SearchBox, Select, Text, ToggleButton, tokens } from "@fluentui/react-components";
import { FilterRegular } from "@fluentui/react-icons";
import { useId, useState } from "react";
import { MANDATES, STATUSES, VALUE_CHAINS } from "../../domain/lists";
import { plural } from "../shared/display-format";
import { isFiltered, NO_FILTER, SORT_KEYS, SORT_LABELS, type PortfolioFilter, type SortKey } from "./portfolio-model";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  search: { width: "100%", maxWidth: "100%" },
  bar: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  count: { flexGrow: 1, color: tokens.colorNeutralForeground2 },
  panel: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(200px, 1fr))", gap: tokens.spacingVerticalS },
  closed: { display: "none" },
});

export interface PortfolioFiltersProps {
  readonly filter: PortfolioFilter;
  readonly onFilterChange: (filter: PortfolioFilter) => void;
  readonly sort: SortKey;
  readonly onSortChange: (sort: SortKey) => void;
  readonly owners: readonly string[];
  readonly shown: number;
  readonly total: number;
}

/** Search, the four filters (status, value chain, mandate, owner) and the sort order. */
export function PortfolioFilters({ filter, onFilterChange, sort, onSortChange, owners, shown, total }: PortfolioFiltersProps) {
  const styles = useStyles();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const set = <K extends keyof PortfolioFilter>(key: K, value: PortfolioFilter[K]) => onFilterChange({ ...filter, [key]: value });
  const active = [filter.status, filter.valueChain, filter.mandate, filter.owner].filter((value) => value !== null).length;
  return (
    <div className={styles.root} role="search" aria-label="Find contracts">
      <Field label="Search contracts" size="small">
        <SearchBox className={styles.search} size="small" value={filter.query} onChange={(_, data) => set("query", data.value)} />
      </Field>
      <div className={styles.bar}>
        <Text size={200} className={styles.count} role="status">
          {shown === total ? plural(total, "contract") : `${shown} of ${plural(total, "contract")}`}
        </Text>
        {isFiltered(filter) && (
          <Button size="small" appearance="subtle" onClick={() => onFilterChange(NO_FILTER)}>
            Clear filters
          </Button>
        )}
        <ToggleButton size="small" icon={<FilterRegular />} checked={open} aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
          {active > 0 ? `Filter and sort (${active})` : "Filter and sort"}
        </ToggleButton>
      </div>
      <div id={panelId} className={mergeClasses(styles.panel, !open && styles.closed)}>
        <FilterSelect label="Status" anyLabel="All statuses" options={STATUSES} value={filter.status} onChange={(v) => set("status", v)} />
        <FilterSelect label="Value chain" anyLabel="All value chains" options={VALUE_CHAINS} value={filter.valueChain} onChange={(v) => set("valueChain", v)} />
        <FilterSelect label="Mandate" anyLabel="All mandates" options={MANDATES} value={filter.mandate} onChange={(v) => set("mandate", v)} />
        <FilterSelect label="Owner" anyLabel="All owners" options={owners} value={filter.owner} onChange={(v) => set("owner", v)} />
        <Field label="Sort by" size="small">
          <Select size="small" value={sort} onChange={(_, data) => onSortChange(SORT_KEYS.find((key) => key === data.value) ?? "title")}>
            {SORT_KEYS.map((key) => (
              <option key={key} value={key}>
                {SORT_LABELS[key]}
              </option>
            ))}
          </Select>
        </Field>
      </div>
    </div>
  );
}


export interface FilterSelectProps<T extends string> {
  readonly label: string;
  /** The option meaning "no filter", e.g. "All statuses". */
  readonly anyLabel: string;
  readonly options: readonly T[];
  readonly value: T | null;
  readonly onChange: (value: T | null) => void;
}

/** A labelled native select over a fixed list, with an "all" option that means no filter. */
export function FilterSelect<T extends string>({ label, anyLabel, options, value, onChange }: FilterSelectProps<T>) {
  return (
    <Field label={label} size="small">
      <Select
        size="small"
        value={value ?? ""}
        onChange={(_, data) => onChange(options.find((option) => option === data.value) ?? null)}
      >
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </Select>
    </Field>
  );
}
