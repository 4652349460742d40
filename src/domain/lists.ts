/**
 * The vocabularies of AI value management. The zod schemas, the table dropdowns, the pane's selects
 * and the functions' name matching all read these lists; nothing else spells them out.
 */
export const VALUE_CHAINS = [
  "Acquire and retain customers",
  "Design and launch products",
  "Price and sell",
  "Fulfil and serve",
  "Manage supply and inventory",
  "Detect and manage risk",
  "Allocate capital",
  "Develop and deploy talent",
  "Operate technology",
  "Manage the enterprise",
] as const;
export type ValueChain = (typeof VALUE_CHAINS)[number];

/** The five enterprise mandates an AI intervention serves. */
export const MANDATES = [
  "Grow revenue",
  "Create structural operating leverage",
  "Secure existing earnings",
  "Mitigate new exposure",
  "Create strategic options",
] as const;
export type Mandate = (typeof MANDATES)[number];

export const STATUSES = ["Draft", "Active", "Expanding", "Redesigning", "Paused", "Terminated"] as const;
export type Status = (typeof STATUSES)[number];

/** What management does with released capacity, insight or capability: the conversion of potential into value. */
export const CAPTURE_DECISIONS = [
  "Not yet decided",
  "Increase output without proportionate cost",
  "Serve more customers",
  "Improve quality or responsiveness",
  "Accelerate product and revenue cycles",
  "Avoid planned recruitment",
  "Reduce contractor or outsourcing spend",
  "Remove work and simplify structures",
  "Redeploy people to higher-value activity",
  "Release cost from the operating model",
] as const;
export type CaptureDecision = (typeof CAPTURE_DECISIONS)[number];

/** Evidence levels, weakest first; the index is the level's number (0 None ... 5 Strategic). */
export const EVIDENCE_LEVELS = ["None", "Technical", "Behavioural", "Operational", "Financial", "Strategic"] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

/** The value classes, from realised value down to unsupported optimism. */
export const VALUE_CLASSES = [
  "Realised value",
  "Evidenced leading indicator",
  "Capability value",
  "Strategic option value",
  "Unsupported optimism",
] as const;
export type ValueClass = (typeof VALUE_CLASSES)[number];

export const REVIEW_CADENCES = ["Weekly", "Fortnightly", "Monthly", "Quarterly", "Semi-annually", "Annually"] as const;
export type ReviewCadence = (typeof REVIEW_CADENCES)[number];

/** Decisions a review can take about an intervention. */
export const DECISIONS = ["Continue", "Expand", "Redesign", "Pause", "Terminate"] as const;
export type Decision = (typeof DECISIONS)[number];

/**
 * How names compare as people read them, and as Excel compares headers: case and surrounding spaces
 * ignored. List values, column headers, and Contract and Review IDs all compare by it.
 */
export const nameKey = (name: unknown): string => String(name).trim().toLowerCase();

/**
 * How Contract and Review IDs compare: as nameKey, after Unicode NFKC (full-width letters and digits
 * become plain ones), with zero-width characters dropped and every hyphen or dash look-alike read as
 * "-", so an ID that only looks different (pasted from a document or a chat) counts as the same ID.
 * Unicode Standard Annex #15 (normalization forms); the dashes are the Unicode "Pd" hyphens and U+2212.
 */
export function idKey(id: unknown): string {
  const text = String(id);
  // Printable ASCII holds none of the look-alikes and NFKC leaves it as it is: the common case, kept cheap
  // (a list sums 40,000 ledger rows by their Contract ID).
  if (PRINTABLE_ASCII.test(text)) return nameKey(text);
  return nameKey(
    text
      .normalize("NFKC")
      .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, "")
      .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, "-"),
  );
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Matches a name against a list as nameKey compares them; undefined if absent. */
export function matchName<T extends string>(list: readonly T[], name: string): T | undefined {
  const wanted = nameKey(name);
  return list.find((item) => nameKey(item) === wanted);
}

/**
 * The owners named on these contracts, each once (trimmed, blanks left out), sorted: the portfolio's
 * owner filter and the editor's owner suggestions offer the same names.
 */
export function ownerNames(contracts: Iterable<{ readonly owner: string }>): string[] {
  const owners = new Set<string>();
  for (const { owner } of contracts) {
    const name = owner.trim();
    if (name !== "") owners.add(name);
  }
  return [...owners].sort((a, b) => a.localeCompare(b));
}
