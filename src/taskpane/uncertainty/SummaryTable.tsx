import type { SimulationSummary } from "../../domain/portfolio-simulation";
import { FiguresTable, formatChance } from "../shared/chart-parts";
import { useDisplayFormat } from "../shared/display-format";

/**
 * A simulated amount's figures as a two-column table (plan where given, mean, P10, P50, P90, chance
 * below zero): what a band or a histogram shows, for anyone who cannot see it.
 */
export function SummaryTable({ caption, planned, summary }: { readonly caption: string; readonly planned: number | null; readonly summary: SimulationSummary }) {
  const format = useDisplayFormat();
  const rows: Array<readonly [string, string]> = [
    ...(planned === null ? [] : [["Planned", format.amount(planned)] as const]),
    ["Mean", format.amount(summary.mean)],
    ["P10", format.amount(summary.p10)],
    ["P50", format.amount(summary.p50)],
    ["P90", format.amount(summary.p90)],
    ["Chance below zero", formatChance(summary.probabilityBelowZero, format.locale)],
  ];
  return (
    <FiguresTable caption={caption}>
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </FiguresTable>
  );
}
