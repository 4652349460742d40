import type { StoredContract, StoreError } from "../../workbook/contract-store";
import { ConflictBar } from "./ConflictBar";
import { StoreErrorBar } from "./StoreErrorBar";

export interface SaveOutcomeProps {
  /** The save's state, as useContractSave and useReviewSave return it. */
  readonly saving: {
    readonly conflict: StoredContract | null;
    readonly error: StoreError | null;
    readonly reload: () => void;
    readonly keepEditing: () => void;
  };
  /** What Reload and Keep editing each do in this view, in a sentence. */
  readonly choices: string;
}

/** Why the last Save did not go through: the contract changed meanwhile (reload or keep editing), or a store error. */
export function SaveOutcome({ saving, choices }: SaveOutcomeProps) {
  return (
    <>
      {saving.conflict && <ConflictBar subject="This contract" choices={choices} onReload={saving.reload} onKeepEditing={saving.keepEditing} />}
      {saving.error && <StoreErrorBar error={saving.error} />}
    </>
  );
}
