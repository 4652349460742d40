import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Text, tokens } from "@fluentui/react-components";
import { useCallback, useMemo, useState } from "react";
import type { ValueContract } from "../../domain/contract";
import { jCurveBand } from "../../domain/jcurve-band";
import { jCurvePoints, ledgerFigures, type LedgerFigures } from "../../domain/ledger-figures";
import { lossExceedanceCurve } from "../../domain/loss-exposure";
import { TRIALS } from "../../domain/simulation";
import { validEntries, validLosses, type ContractStore, type OpenedLedger, type StoreResult, type StoredLoss, type StoredRange } from "../../workbook/contract-store";
import { FactList } from "../shared/FactList";
import { DrillIn, DrillInForm } from "../shared/drill-in";
import { plural, useDisplayFormat, type DisplayFormat } from "../shared/display-format";
import { ProblemList, ViewMessage } from "../shared/messages";
import { useActualsForm, useActualsSave } from "./actuals-form";
import { ActualsSection } from "./ActualsSection";
import { ExceedanceCurve } from "../uncertainty/ExceedanceCurve";
import { RangeBand } from "../uncertainty/RangeBand";
import { useContractSimulation } from "../uncertainty/useSimulation";
import { JCurveChart } from "./JCurveChart";

/**
 * The contract page: one contract's value ledger summed up (the J-curve, payback, trough, variance,
 * realised against plan to date, how much of the plan no evidence supports yet), and Record actuals
 * for a period below it. Where the contract's lines have ranges, its simulated value a year as a band with its
 * figures, and the J-curve's P10-P90 band (jcurve-band.ts); where it has a loss exposure, its loss exceedance curve
 * without and with the intervention. Opens with two store reads side by side, the ledger and the contract's
 * ValueRanges and LossExposure rows (OpenedLedger carries neither); a save reads the ledger again, so the figures
 * and the next save start from the rows as written. Recording actuals never changes the ranges.
 */

const useStyles = makeStyles({
  heading: { margin: 0, overflowWrap: "anywhere" },
  band: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  subheading: { margin: 0 },
});

/** What the contract page opens with: the ledger, and the contract's ValueRanges and LossExposure rows (valid or not). */
interface OpenedPage {
  readonly ledger: OpenedLedger;
  readonly ranges: readonly StoredRange[];
  readonly losses: readonly StoredLoss[];
}

/** Both reads at once; the ledger's failure first, since without it there is no page. */
async function openPage(store: ContractStore, contractId: string): Promise<StoreResult<OpenedPage>> {
  const [ledger, contract] = await Promise.all([store.openLedger(contractId), store.openContract(contractId)]);
  if (!ledger.ok) return ledger;
  if (!contract.ok) return contract;
  return { ok: true, value: { ledger: ledger.value, ranges: contract.value.ranges, losses: contract.value.losses } };
}

export interface LedgerViewProps {
  readonly store: ContractStore;
  readonly contractId: string;
  /** ISO yyyy-mm-dd: which periods are to date, and which the form offers. */
  readonly today: string;
  readonly onDone: () => void;
}

export default function LedgerView({ store, contractId, today, onDone }: LedgerViewProps) {
  const read = useCallback(() => openPage(store, contractId), [store, contractId]);
  return (
    <DrillIn read={read} loadingLabel={`Opening ${contractId}…`} onBack={onDone}>
      {(opened) => <LedgerPage store={store} start={opened.ledger} ranges={opened.ranges} losses={opened.losses} today={today} onDone={onDone} />}
    </DrillIn>
  );
}

interface LedgerPageProps {
  readonly store: ContractStore;
  readonly start: OpenedLedger;
  readonly ranges: readonly StoredRange[];
  readonly losses: readonly StoredLoss[];
  readonly today: string;
  readonly onDone: () => void;
}

/** Holds the ledger as last read. A contract row that fails validation has no capture decision to count lines by: fix it first. */
function LedgerPage({ store, start, ranges, losses, today, onDone }: LedgerPageProps) {
  const [opened, setOpened] = useState(start);
  const contract = opened.stored.contract;
  if (contract === null) {
    return (
      <ViewMessage onBack={onDone}>
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{`${opened.stored.id || "This contract"} has problems in the workbook`}</MessageBarTitle>
            How its ledger lines count depends on the contract's row, so fix it first: open it from the portfolio in the editor.
            <ProblemList problems={opened.stored.problems} limit={5} label="Problems in the row" />
          </MessageBarBody>
        </MessageBar>
      </ViewMessage>
    );
  }
  return <LedgerOfContract store={store} opened={opened} ranges={ranges} losses={losses} contract={contract} today={today} onReread={setOpened} onDone={onDone} />;
}

interface LedgerOfContractProps {
  readonly store: ContractStore;
  readonly opened: OpenedLedger;
  readonly ranges: readonly StoredRange[];
  readonly losses: readonly StoredLoss[];
  readonly contract: ValueContract;
  readonly today: string;
  readonly onReread: (opened: OpenedLedger) => void;
  readonly onDone: () => void;
}

function LedgerOfContract({ store, opened, ranges, losses, contract, today, onReread, onDone }: LedgerOfContractProps) {
  const styles = useStyles();
  const format = useDisplayFormat();
  const entries = useMemo(() => validEntries(opened.entries), [opened.entries]);
  const invalid = opened.entries.filter((stored) => stored.entry === null);
  const figures = useMemo(() => ledgerFigures(entries, contract, opened.settings, today), [entries, contract, opened.settings, today]);
  const points = useMemo(() => jCurvePoints(figures), [figures]);
  // The contract alone, as its portfolio row draws it (shared with the review through the simulation cache).
  const { result } = useContractSimulation(contract, ranges);
  const band = useMemo(
    () => (result === null ? null : jCurveBand(points, opened.settings.period, { planned: result.planned, p10: result.summary.p10, p90: result.summary.p90 })),
    [result, points, opened.settings.period],
  );
  // The loss it works on, without and with: the report's curve for this contract alone (same streams, trials and points).
  const exposure = useMemo(() => {
    const [row] = validLosses(losses);
    return row === undefined ? null : lossExceedanceCurve([row], { trials: TRIALS.default, points: 21 });
  }, [losses]);
  const form = useActualsForm({ contract, entries, settings: opened.settings, separators: format.separators, today });
  const saving = useActualsSave({ store, contractId: contract.id, form, opened: opened.entries, onReread });
  return (
    <DrillInForm saveLabel="Record actuals" leaveLabel="Back" busy={saving.busy} onSave={saving.save} changed={form.changed} losing="the actuals you typed" onLeave={onDone}>
      <Text as="h2" size={400} weight="semibold" className={styles.heading}>
        {`${contract.id}: ${contract.title}`}
      </Text>
      {invalid.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{`${plural(invalid.length, "ledger row")} left out`}</MessageBarTitle>
            They have problems in the sheet, so the figures leave them out and recording their line adds a new row. Fix them in the Value Ledger sheet.
            <ProblemList problems={invalid.flatMap((stored) => stored.problems)} limit={5} label="Problems in the ledger rows" />
          </MessageBarBody>
        </MessageBar>
      )}
      {result !== null && (
        <section className={styles.band} aria-labelledby="contract-band-heading">
          <Text as="h3" id="contract-band-heading" size={300} weight="semibold" className={styles.subheading}>
            Simulated value a year
          </Text>
          <RangeBand contractId={contract.id} planned={result.planned} summary={result.summary} />
        </section>
      )}
      {exposure !== null && (
        <section className={styles.band} aria-labelledby="contract-loss-heading">
          <Text as="h3" id="contract-loss-heading" size={300} weight="semibold" className={styles.subheading}>
            Loss a year, without and with it
          </Text>
          <Text size={200}>{`The loss exposure gives a mean loss of ${format.amount(exposure.meanWithout)} a year without the intervention and ${format.amount(exposure.meanWith)} with it: ${format.amount(exposure.meanWithout - exposure.meanWith)} avoided, against a plan of ${format.amount(contract.avoidedLoss ?? 0)}.`}</Text>
          <ExceedanceCurve thresholds={exposure.thresholds} without={exposure.without} with={exposure.with} />
        </section>
      )}
      {entries.length === 0 ? (
        <Text>No actuals recorded yet: record the first period below, and the J-curve and payback appear here.</Text>
      ) : (
        <>
          <LedgerFacts figures={figures} format={format} />
          <JCurveChart points={points} {...(band === null ? {} : { band })} />
        </>
      )}
      <ActualsSection form={form} saving={saving} contract={contract} />
    </DrillInForm>
  );
}

/** Periods as a person reads them: "1 period", "4.5 periods". */
function periodsText(periods: number, locale: string): string {
  const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(periods);
  return `${count} ${periods === 1 ? "period" : "periods"}`;
}

/** The figures to date as label and text, in the order shown. Favourable is positive, and the text says so. */
export function factTexts(figures: LedgerFigures, format: DisplayFormat): ReadonlyArray<readonly [string, string]> {
  const { periods, paybackPeriods, troughDepth, varianceToDate, unsupportedShare } = figures;
  const measured = periods.some((period) => period.measured);
  const labelOf = (index: number): string => {
    const period = periods[index];
    return period === undefined ? "" : (period.label ?? period.period);
  };
  // Payback falls in the period whose end first sees the cumulative at 0 or above (the first period is period 0).
  const payback = !measured ? "Nothing measured yet" : paybackPeriods === null ? "Not yet paid back" : `${periodsText(paybackPeriods, format.locale)}, in ${labelOf(Math.ceil(paybackPeriods))}`;
  const deepest = periods.reduce((lowest, period, index) => (period.measured && period.cumulativeRealised < (periods[lowest]?.cumulativeRealised ?? 0) ? index : lowest), -1);
  const trough = troughDepth < 0 && deepest >= 0 ? `${format.amount(troughDepth)}, at ${labelOf(deepest)}` : format.amount(troughDepth);
  const variance = varianceToDate === 0 ? "0, on plan" : `${varianceToDate > 0 ? "+" : ""}${format.amount(varianceToDate)}, ${varianceToDate > 0 ? "favourable" : "unfavourable"}`;
  return [
    ["Realised to date", format.amount(figures.realisedToDate)],
    ["Plan to date", format.amount(figures.planToDate)],
    ["Variance to date", variance],
    ["Payback", payback],
    ["Trough depth", trough],
    ["Plan unsupported", unsupportedShare === null ? "No benefit planned to date" : `${format.share(unsupportedShare)} of benefits planned to date`],
  ];
}

function LedgerFacts({ figures, format }: { readonly figures: LedgerFigures; readonly format: DisplayFormat }) {
  return (
    <div role="group" aria-label="Ledger figures to date">
      <FactList facts={factTexts(figures, format)} />
    </div>
  );
}
