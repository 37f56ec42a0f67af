import type { ReportFramework } from '../reports/report-frameworks-schema.ts';
import type { ActivePack } from './evaluate-session-packs.ts';

/** What a report prints of each pack that applies: its published facts and result, never its rules. */
export function reportFrameworksOf(active: readonly ActivePack[]): ReportFramework[] {
  return active.map(({ pack, appliedBy, result }) => ({
    pack: {
      id: pack.id,
      version: pack.version,
      title: pack.title,
      jurisdiction: pack.jurisdiction,
      asOf: pack.asOf,
      disclaimer: pack.disclaimer,
      sources: pack.sources,
    },
    appliedBy,
    result,
  }));
}
