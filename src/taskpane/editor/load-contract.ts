import { blankContract } from "../../domain/contract";
import type { NumberSeparators } from "../../domain/money-parse";
import type { CellProblem, ContractStore, ReadStamp, StoredContract, StoreResult } from "../../workbook/contract-store";
import { stampOf } from "../shared/read-stamp";
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

/** A new contract opens blank, as a Draft with the next free Contract ID. */
export async function loadEditorStart(store: ContractStore, contractId: string | null, separators: NumberSeparators): Promise<StoreResult<EditorStart>> {
  if (contractId === null) {
    const id = await store.nextContractId();
    if (!id.ok) return id;
    const blank = blankContract(id.value);
    return {
      ok: true,
      value: { form: { values: valuesFromRecord(blank, separators), meta: { version: 1, updated: null }, showProblems: false }, stamp: null, rowProblems: [] },
    };
  }
  const stored = await store.getContract(contractId);
  return stored.ok ? { ok: true, value: startFromStored(stored.value, separators) } : stored;
}
