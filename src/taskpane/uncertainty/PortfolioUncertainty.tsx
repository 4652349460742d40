import { Field, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Text, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { GroupSimulation, PortfolioSimulation, SimulatedContract, SimulationOptions } from "../../domain/portfolio-simulation";
import { FiguresTable, formatChance } from "../shared/chart-parts";
import { FactList } from "../shared/FactList";
import { plural, useDisplayFormat } from "../shared/display-format";
import { TornadoChart } from "./TornadoChart";
import { hasRanges, useShownResult, useSimulation, type SimulationState } from "./useSimulation";
import { ValueHistogram } from "./ValueHistogram";

/**
 * How uncertain the portfolio is: its simulated value a year (mean, P10, P50, P90 and the chance it is
 * below zero), the histogram, the lines that move it most, and the same figures by value chain and by
 * mandate. Contracts arrive as props, so the section is wired to the workbook in one step: it simulates
 * only when some line has a range, and says how to give one when none has.
 */

export const NO_RANGES = "No ranges yet: add a range to a contract's amounts to see how uncertain the portfolio is.";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  heading: { margin: 0 },
  note: { margin: 0, color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  groupCaption: { textAlign: "left", fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, paddingBottom: tokens.spacingVerticalXS },
  // Four amounts, all right-aligned (the shared style leaves a table's first column left for row names).
  amounts: { "& td:first-child, & thead th:first-child": { textAlign: "right" } },
  groupName: { textAlign: "left", borderBottomStyle: "none" },
  group: { fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100 },
});

export interface PortfolioUncertaintyProps {
  /** The contracts with their lines' plans and ranges; null while they load. */
  readonly contracts: readonly SimulatedContract[] | null;
  readonly options?: SimulationOptions;
}

/** The section running its own simulation of `contracts`. */
export function PortfolioUncertainty({ contracts, options = {} }: PortfolioUncertaintyProps) {
  const state = useSimulation(hasRanges(contracts) ? contracts : null, options);
  return <UncertaintySection contracts={contracts} state={state} />;
}

export interface UncertaintySectionProps {
  /** The contracts simulated, as PortfolioUncertaintyProps; null while they load. */
  readonly contracts: readonly SimulatedContract[] | null;
  /**
   * The simulation of `contracts` run by the caller (useSimulation): the portfolio view runs it itself, since its
   * rows show each contract's band from the same run, and a second hook would draw everything twice.
   */
  readonly state: SimulationState;
}

export function UncertaintySection({ contracts, state }: UncertaintySectionProps) {
  const styles = useStyles();
  const headingId = useId();
  const ranged = hasRanges(contracts);
  const shown = useShownResult(state);
  return (
    <section className={styles.root} aria-labelledby={headingId} aria-busy={state.status === "running"}>
      <Text as="h2" id={headingId} size={300} weight="semibold" className={styles.heading}>
        How uncertain the portfolio is
      </Text>
      {contracts !== null && !ranged && <p className={styles.note}>{NO_RANGES}</p>}
      {state.status === "error" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>The simulation could not run</MessageBarTitle>
            {state.error?.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {contracts !== null && <SimulationProgress state={state} contracts={contracts.length} />}
      {shown !== null && <UncertaintyFigures simulation={shown} />}
    </section>
  );
}

/** The figures of a finished simulation. */
export function UncertaintyFigures({ simulation }: { readonly simulation: PortfolioSimulation }) {
  const format = useDisplayFormat();
  const { portfolio } = simulation;
  return (
    <>
      <FactList
        facts={[
          ["Planned a year", format.amount(simulation.planned)],
          ["Mean", format.amount(portfolio.mean)],
          ["P10", format.amount(portfolio.p10)],
          ["P50", format.amount(portfolio.p50)],
          ["P90", format.amount(portfolio.p90)],
          ["Chance below zero", formatChance(portfolio.probabilityBelowZero, format.locale)],
        ]}
      />
      <ValueHistogram histogram={simulation.histogram} summary={portfolio} trials={simulation.trials} />
      <TornadoChart bars={simulation.tornado} mean={portfolio.mean} />
      <GroupTable caption="By value chain" groups={simulation.byValueChain} />
      <GroupTable caption="By mandate" groups={simulation.byMandate} />
    </>
  );
}

/**
 * A value chain's or mandate's figures a year: its name on a row of its own above its four figures, so
 * long names ("Underwriting and pricing operations") wrap across the width instead of squeezing the
 * amounts, and four columns of amounts fit 270 px.
 */
function GroupTable({ caption, groups }: { readonly caption: string; readonly groups: readonly GroupSimulation[] }) {
  const styles = useStyles();
  const format = useDisplayFormat();
  return (
    <FiguresTable caption={caption} captionClassName={styles.groupCaption} className={styles.amounts}>
      <thead>
        <tr>
          <th scope="col">P10</th>
          <th scope="col">P50</th>
          <th scope="col">P90</th>
          <th scope="col">Below zero</th>
        </tr>
      </thead>
      {groups.map((group) => (
        <tbody key={group.name}>
          <tr>
            <th scope="rowgroup" colSpan={4} className={styles.groupName}>
              {group.name}{" "}
              <span className={styles.group}>
                {plural(group.contracts, "contract")}, plan {format.amount(group.planned)}
              </span>
            </th>
          </tr>
          <tr>
            <td>{format.amount(group.summary.p10)}</td>
            <td>{format.amount(group.summary.p50)}</td>
            <td>{format.amount(group.summary.p90)}</td>
            <td>{formatChance(group.summary.probabilityBelowZero, format.locale)}</td>
          </tr>
        </tbody>
      ))}
    </FiguresTable>
  );
}

/**
 * The run's progress (kept with the section, its one user: the progress bar then loads in the section's chunk, not
 * in the first script with the hook) once it has lasted half a second, and nothing before: a quick run would only
 * flash a bar. Screen readers hear it politely, in steps of 10% so they are not talked over.
 */
export function SimulationProgress({ state, contracts }: { readonly state: SimulationState; readonly contracts: number }) {
  if (state.status !== "running" || !state.slow) return null;
  const announced = Math.floor(state.progress * 10) * 10;
  return (
    <div aria-live="polite">
      <Field label={`Simulating ${plural(contracts, "contract")}, ${announced}%`}>
        <ProgressBar value={state.progress} max={1} thickness="large" />
      </Field>
    </div>
  );
}
