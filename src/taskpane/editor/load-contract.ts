import { blankContract } from "../../domain/contract";
import type { NumberSeparators } from "../../domain/money-parse";
import { ok } from "../../domain/result";
import { stampOf, type CellProblem, type ContractStore, type ReadStamp, type StoredContract, type StoreResult } from "../../workbook/contract-store";
import { valuesFromRecord } from "./form-values";
import type { FormStart } from "./useContractForm";

/** What the editor opens: the form's starting point and, for a saved row, the stamp its save must carry. */
export interface EditorStart {
  readonly form: FormStart;
  /** null for a new contract (created, not updated). */
  readonly stamp: ReadStamp | null;
  /** Problems the store found in the row as read (an invalid row), to show above the form. */
  readonly rowProblems: readonly CellProblem[];
  /** Owners already named in the workbook, offered by the owner box. */
  readonly owners: readonly string[];
  /** The Contract ID a new contract left blank would get if saved now: shown, never sent. */
  readonly nextId: string;
}

/** The editor's start from a stored row: the valid contract, or the draft of an invalid row with its problems shown. */
export function startFromStored(stored: StoredContract, separators: NumberSeparators, owners: readonly string[] = [], nextId = ""): EditorStart {
  const { contract } = stored;
  return {
    form: {
      values: valuesFromRecord(contract ?? stored.draft, separators),
      meta: { version: contract?.version ?? stored.version ?? 1, updated: contract?.updated ?? null },
      showProblems: contract === null,
    },
    stamp: stampOf(stored),
    rowProblems: stored.problems,
    owners,
    nextId,
  };
}

/**
 * Whether the row's Contract ID is what is wrong with it (another row shares it, or it is too long):
 * then the editor lets the user change it, and the store saves to the row it was read from. Otherwise
 * a saved contract keeps its ID.
 */
export const idNeedsFixing = (problems: readonly CellProblem[]): boolean => problems.some((problem) => problem.field === "id");

/**
 * A new contract opens blank, as a Draft whose Contract ID the store gives on save (unless the user
 * types one); a saved one from its row (`row`, if given). One read, with the owner suggestions.
 */
export async function loadEditorStart(store: ContractStore, contractId: string | null, separators: NumberSeparators, row?: number): Promise<StoreResult<EditorStart>> {
  const opened = await store.openContract(contractId, row);
  if (!opened.ok) return opened;
  const { stored, owners, nextId } = opened.value;
  if (stored !== null) return ok(startFromStored(stored, separators, owners, nextId));
  const blank = blankContract("");
  return ok({ form: { values: valuesFromRecord(blank, separators), meta: { version: 1, updated: null }, showProblems: false }, stamp: null, rowProblems: [], owners, nextId });
}
