import type { ValueContract } from "../../domain/contract";
import { idsFrom, SAMPLE_COUNT, sampleContracts } from "../../domain/sample-contracts";

/**
 * `count` more contracts for a large preview portfolio (the load-time bench asks for 500): the samples
 * again and again, each copy numbered in its title, with IDs following `firstId`.
 */
export function manyContracts(count: number, today: string, firstId: string): ValueContract[] {
  const ids = idsFrom(firstId, count);
  const samples = sampleContracts(today, idsFrom("X-1", SAMPLE_COUNT));
  return ids.map((id, index) => {
    const sample = samples[index % samples.length];
    if (!sample) throw new Error("sampleContracts() returned no samples");
    return { ...sample, id, title: `${sample.title} (${Math.floor(index / samples.length) + 2})` };
  });
}

