import type { ValueContract } from "../../domain/contract";

/**
 * The owners named on these contracts, each once (trimmed, blanks left out), sorted: the portfolio's
 * owner filter and the editor's owner suggestions offer the same names.
 */
export function ownerNames(contracts: Iterable<Pick<ValueContract, "owner">>): string[] {
  const owners = new Set<string>();
  for (const { owner } of contracts) {
    const name = owner.trim();
    if (name !== "") owners.add(name);
  }
  return [...owners].sort((a, b) => a.localeCompare(b));
}
