import type { Injection } from '@/db/schema';

/** Per-site defaults for a new site: the course's last values, else the clinic's usual solution. */
export function siteDefaultsFrom(lastSites: readonly Pick<Injection, 'dextrosePct' | 'anaesthetic' | 'volumeMl'>[]) {
  const last = lastSites.at(-1);
  return {
    dextrosePct: last?.dextrosePct != null ? String(last.dextrosePct) : '15',
    anaesthetic: last ? (last.anaesthetic ?? '') : 'lidocaine 1%',
    volumeMl: last?.volumeMl != null ? String(last.volumeMl) : '1',
  };
}

export function previousSitesFrom(sites: readonly Injection[]) {
  return sites.map((s) => ({
    siteCode: s.siteCode,
    side: s.side,
    injectionCount: s.injectionCount,
    dextrosePct: s.dextrosePct,
    anaesthetic: s.anaesthetic,
    volumeMl: s.volumeMl,
  }));
}
