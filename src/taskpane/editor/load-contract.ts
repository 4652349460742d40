import { blankContract } from "../../domain/contract";
import type { NumberSeparators } from "../../domain/money-parse";
import type { CellProblem, ContractStore, ReadStamp, StoredContract, StoreResult } from "../../workbook/contract-store";
import { stampOf } from "../shared/read-stamp";
import { CONTRACT_FIELDS } from "./contract-fields";
import { valuesFromRecord } from "./form-values";
import type { FormStart } from "./useContractForm";

/** What the editor opens: the form's starting point and, for a saved row, the stamp its save must carry. */
export interface EditorStart {
  readonly form: FormStart;
  /** null for a new contract (created, not updated). */
  readonly stamp: ReadStamp | null;
  /** Problems the store found in the row as read (an invalid row), to show above the form. */
  readonly rowProblems: readonly CellProblem[];
}

/** The editor's start from a stored row: the valid contract, or the draft of an invalid row with its problems shown. */
export function startFromStored(stored: StoredContract, separators: NumberSeparators): EditorStart {
  const { contract } = stored;
  return {
    form: {
      values: valuesFromRecord(contract ?? stored.draft, separators),
      meta: { version: contract?.version ?? stored.version ?? 1, updated: contract?.updated ?? null },
      showProblems: contract === null,
    },
    stamp: stampOf(stored),
    rowProblems: stored.problems,
  };
}

/** The Contract ID field's label, which is also its column header in the table. */
const ID_HEADER = CONTRACT_FIELDS.find((spec) => spec.key === "id")?.label ?? null;

/**
 * Whether the row's Contract ID is what is wrong with it (another row shares it, or it is too long):
 * then the editor lets the user change it, and the store saves to the row it was read from. Otherwise
 * a saved contract keeps its ID.
 */
export const idNeedsFixing = (problems: readonly CellProblem[]): boolean => problems.some((problem) => problem.column === ID_HEADER);

/** A new contract opens blank, as a Draft with the next free Contract ID; a saved one from its row (`row`, if given). */
export async function loadEditorStart(store: ContractStore, contractId: string | null, separators: NumberSeparators, row?: number): Promise<StoreResult<EditorStart>> {
  if (contractId === null) {
    const id = await store.nextContractId();
    if (!id.ok) return id;
    const blank = blankContract(id.value);
    return {
      ok: true,
      value: { form: { values: valuesFromRecord(blank, separators), meta: { version: 1, updated: null }, showProblems: false }, stamp: null, rowProblems: [] },
    };
  }
  const stored = await store.getContract(contractId, row);
  return stored.ok ? { ok: true, value: startFromStored(stored.value, separators) } : stored;
}
