import type { Injection } from '@/db/schema';

/** Per-site defaults for a new site: the course's last values, else the clinic's usual solution. */
export function siteDefaultsFrom(lastSites: readonly Pick<Injection, 'dextrosePct' | 'anaestheticAgent' | 'anaestheticMl' | 'volumeMl'>[]) {
  const last = lastSites.at(-1);
  const agent = last?.anaestheticAgent && last.anaestheticAgent !== 'other' ? last.anaestheticAgent : 'none';
  return {
    dextrosePct: last?.dextrosePct != null ? String(last.dextrosePct) : '15',
    anaestheticAgent: agent,
    anaestheticMl: agent !== 'none' && last?.anaestheticMl != null ? String(last.anaestheticMl) : '',
    anaesthetic: '',
    volumeMl: last?.volumeMl != null ? String(last.volumeMl) : '1',
    lotNumber: '',
  };
}

export function previousSitesFrom(sites: readonly Injection[]) {
  return sites.map((s) => ({
    siteCode: s.siteCode,
    side: s.side,
    injectionCount: s.injectionCount,
    dextrosePct: s.dextrosePct,
    anaesthetic: s.anaesthetic,
    anaestheticAgent: s.anaestheticAgent,
    anaestheticMl: s.anaestheticMl,
    volumeMl: s.volumeMl,
    lotNumber: s.lotNumber,
  }));
}
