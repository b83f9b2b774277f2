// Shrinking a failing campaign to a short reproduction: drop chunks of its faults (halves, then quarters, down to
// single faults, as delta debugging does) and keep a smaller set whenever a run with the same seed still breaks
// the same invariant. Real processes make a run only mostly repeatable, so the result is "a short schedule that
// broke it again", stated with its seed and fault indices.
import { runCampaign, type CampaignOptions, type CampaignResult, type Invariant } from './campaign.js';

/** The smallest failing fault set found within `budgetMs` (and the run that showed it). */
export async function shrink(
  opts: CampaignOptions,
  failed: CampaignResult,
  budgetMs: number,
): Promise<{ faults: number[]; result: CampaignResult }> {
  const target: Invariant | undefined = failed.violations[0]?.invariant;
  let best = { faults: failed.faults.map((f) => f.index), result: failed };
  const deadline = Date.now() + budgetMs;
  for (
    let chunk = Math.ceil(best.faults.length / 2);
    chunk >= 1 && Date.now() < deadline;
    chunk = Math.floor(chunk / 2)
  ) {
    for (let start = 0; start < best.faults.length && Date.now() < deadline; ) {
      const candidate = [...best.faults.slice(0, start), ...best.faults.slice(start + chunk)];
      if (candidate.length === 0) {
        start += chunk;
        continue;
      }
      opts.log?.(`shrink: trying ${candidate.length} fault(s): ${candidate.join(',')}`);
      const result = await runCampaign({ ...opts, only: candidate });
      if (result.violations.some((v) => v.invariant === target)) best = { faults: candidate, result };
      else start += chunk;
    }
  }
  return best;
}
