import { blankContract } from "../../src/domain/contract";
import { ACCOUNTING_FORMAT, DATE_FORMAT, formatOf as numberFormatOf, PERCENT_FORMAT } from "../../src/domain/field-model";
import { CAPTURE_DECISIONS } from "../../src/domain/lists";
import { columnLetter } from "../../src/workbook/excel-api";
import { CONTRACTS, LEDGER, LISTS, listSourceOf, REVIEWS, SETTINGS, type Column } from "../../src/workbook/layout";

const headers = (columns: readonly Column[]): string[] => columns.map((column) => column.header);
const byHeader = (header: string): Column | undefined => CONTRACTS.columns.find((column) => column.header === header);
const formatOf = (header: string): string | null | undefined => {
  const column = byHeader(header);
  return column === undefined ? undefined : numberFormatOf(column);
};

describe("the ValueContracts layout (a public interface: README.md, Workbook tables)", () => {
  test("headers in the documented order, on the documented sheet", () => {
    expect(CONTRACTS.table).toBe("ValueContracts");
    expect(CONTRACTS.sheet).toBe("Value Contracts");
    // The public interface, written out by hand: the field model must produce exactly these headers.
    const documented =
      "Contract ID | Title | Value chain | Mandate | Status | Enterprise outcome | Outcome metric | Baseline | Target | " +
      "Counterfactual | Accountable owner | Owner role | Value mechanism | Capture decision | Incremental revenue | " +
      "Revenue margin | Protected earnings | Capacity value | Avoided loss | Option value | Technology cost | Data cost | Integration cost | " +
      "Change cost | Governance cost | Workforce transition cost | Quality control cost | Operating cost | Friction | " +
      "Risk failures | Cannibalisation | Lifecycle cost | Planned value | Realised to date | Evidenced to date | " +
      "Variance to date | Evidence level | Value class | Evidence notes | " +
      "Decision rights | Controls | Failure tolerance | Scale condition | Stop condition | Expand at value | " +
      "Stop below value | Review cadence | Last review | Next review | Version | Updated";
    expect(headers(CONTRACTS.columns)).toEqual(documented.split(" | "));
  });

  test("every field of a contract has exactly one data column", () => {
    const fields = CONTRACTS.columns.filter((column) => column.kind !== "calculated").map((column) => column.key);
    expect([...fields].sort()).toEqual(Object.keys(blankContract("x")).sort());
  });

  test("the seven calculated columns", () => {
    const calculated = CONTRACTS.columns.filter((column) => column.kind === "calculated").map((column) => column.header);
    expect(calculated).toEqual(["Lifecycle cost", "Planned value", "Realised to date", "Evidenced to date", "Variance to date", "Value class", "Next review"]);
  });

  test("kinds and formats: amounts in accounting format, dates in a date format, lists with their list", () => {
    for (const header of ["Incremental revenue", "Operating cost", "Cannibalisation", "Lifecycle cost", "Planned value", "Realised to date", "Variance to date", "Expand at value"]) {
      expect(formatOf(header)).toBe(ACCOUNTING_FORMAT);
    }
    expect(formatOf("Revenue margin")).toBe(PERCENT_FORMAT);
    for (const header of ["Last review", "Next review"]) expect(formatOf(header)).toBe(DATE_FORMAT);
    expect(formatOf("Title")).toBeNull();
    const capture = byHeader("Capture decision");
    expect(capture?.kind === "list" ? capture.list : []).toEqual(CAPTURE_DECISIONS);
  });
});

describe("the ValueReviews layout", () => {
  test("headers in the documented order", () => {
    expect(REVIEWS.table).toBe("ValueReviews");
    expect(REVIEWS.sheet).toBe("Value Reviews");
    expect(headers(REVIEWS.columns)).toEqual(
      "Review ID | Contract ID | Review date | Reviewer | Evidence level | Realised to date | Forecast value | Decision | Rationale | Assumptions changed | Next review".split(
        " | ",
      ),
    );
  });
});

describe("the ValueLedger and AIVMSettings layouts", () => {
  test("ledger headers in the documented order, on their own sheet", () => {
    expect(LEDGER.table).toBe("ValueLedger");
    expect(LEDGER.sheet).toBe("Value Ledger");
    expect(headers(LEDGER.columns)).toEqual(
      "Entry ID | Contract ID | Period | Line | Plan | Forecast | Actual | Evidence level | Evidence source | Counts as | Variance | Realised amount | Recorded by | Updated | Planned amount | Contract status".split(" | "),
    );
  });

  test("the ledger's lines are the contract's value-equation columns, by the same names", () => {
    const line = LEDGER.columns.find((column) => column.key === "line");
    const lines = line?.kind === "list" ? line.list : [];
    expect(lines).toHaveLength(16);
    expect(lines).toEqual(CONTRACTS.columns.slice(14, 31).map((column) => column.header).filter((header) => header !== "Revenue margin"));
  });

  test("settings: period, fiscal year start, discount rate, currency, business unit and pause loss probability, on the lists sheet", () => {
    expect(SETTINGS.sheet).toBe("AIVM Lists");
    expect(headers(SETTINGS.columns)).toEqual(["Period", "Fiscal year starts", "Discount rate", "Currency", "Business unit", "Pause loss probability"]);
  });
});

describe("calculated columns are native Excel formulas with structured references", () => {
  const formula = (header: string): string => {
    const column = byHeader(header);
    return column?.kind === "calculated" ? column.formula : "";
  };

  test("Lifecycle cost sums the eight cost columns of its row", () => {
    expect(formula("Lifecycle cost")).toBe(
      "=SUM([@[Technology cost]],[@[Data cost]],[@[Integration cost]],[@[Change cost]],[@[Governance cost]]," +
        "[@[Workforce transition cost]],[@[Quality control cost]],[@[Operating cost]])",
    );
  });

  test("Planned value is the value equation, with revenue at its margin: five benefits less four costs", () => {
    expect(formula("Planned value")).toBe(
      "=[@[Incremental revenue]]*N([@[Revenue margin]])+SUM([@[Protected earnings]],[@[Capacity value]],[@[Avoided loss]],[@[Option value]])" +
        "-SUM([@[Lifecycle cost]],[@[Friction]],[@[Risk failures]],[@[Cannibalisation]])",
    );
  });

  test("the to-date columns sum this contract's rows of the ledger, the ID matched as text (not a pattern)", () => {
    // SUMIFS reads * ? ~ as wildcards and a leading < > = as an operator: "="& and the escapes make the ID literal.
    const id = '"="&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE([@[Contract ID]],"~","~~"),"*","~*"),"?","~?")';
    expect(formula("Realised to date")).toBe(`=SUMIFS(ValueLedger[Realised amount],ValueLedger[Contract ID],${id})`);
    expect(formula("Evidenced to date")).toBe(`=SUMIFS(ValueLedger[Actual],ValueLedger[Contract ID],${id},ValueLedger[Counts as],"Evidenced leading indicator")`);
    expect(formula("Variance to date")).toBe(`=SUMIFS(ValueLedger[Variance],ValueLedger[Contract ID],${id})`);
  });

  test("Value class: blank without evidence; strategic options below Financial; else by level (as AIVM.VALUECLASS)", () => {
    const level = "[@[Evidence level]]";
    const general =
      `IF(${level}="None","Unsupported optimism",IF(${level}="Technical","Capability value",` +
      `IF(OR(${level}="Behavioural",${level}="Operational"),"Evidenced leading indicator",IF(OR(${level}="Financial",${level}="Strategic"),"Realised value",""))))`;
    const options =
      `IF(${level}="None","Unsupported optimism",IF(OR(${level}="Technical",${level}="Behavioural",${level}="Operational"),"Strategic option value",` +
      `IF(OR(${level}="Financial",${level}="Strategic"),"Realised value","")))`;
    expect(formula("Value class")).toBe(`=IF(${level}="","",IF([@[Mandate]]="Create strategic options",${options},${general}))`);
  });

  test("Next review: +7, +14 days or EDATE by months; blank when Last review or cadence is blank", () => {
    const last = "[@[Last review]]";
    const cadence = "[@[Review cadence]]";
    expect(formula("Next review")).toBe(
      `=IF(OR(${last}="",${cadence}=""),"",IF(${cadence}="Weekly",${last}+7,IF(${cadence}="Fortnightly",${last}+14,` +
        `IF(${cadence}="Monthly",EDATE(${last},1),IF(${cadence}="Quarterly",EDATE(${last},3),IF(${cadence}="Semi-annually",EDATE(${last},6),` +
        `IF(${cadence}="Annually",EDATE(${last},12),"")))))))`,
    );
  });
});

describe("dropdown sources", () => {
  test("Excel caps a typed list at 255 characters, which capture decisions exceed, so sources are ranges", () => {
    expect(CAPTURE_DECISIONS.join(",").length).toBeGreaterThan(255);
    expect(listSourceOf(CAPTURE_DECISIONS)).toBe("='AIVM Lists'!$D$2:$D$11");
    for (const entry of LISTS) expect(listSourceOf(entry.values)).toMatch(/^='AIVM Lists'!\$[A-J]\$2:\$[A-J]\$\d+$/);
  });

  test("every list column of every table has its list on the lists sheet, under the column's own header", () => {
    const listColumns = [...CONTRACTS.columns, ...REVIEWS.columns, ...LEDGER.columns, ...SETTINGS.columns].flatMap((column) => (column.kind === "list" ? [column] : []));
    expect(listColumns.length).toBeGreaterThan(0);
    for (const column of listColumns) expect(LISTS.find((entry) => entry.values === column.list)?.header).toBe(column.header);
  });

  test("column letters", () => {
    expect([0, 25, 26, 46, 701, 702].map(columnLetter)).toEqual(["A", "Z", "AA", "AU", "ZZ", "AAA"]);
  });
});
