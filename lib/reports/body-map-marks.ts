import { HOTSPOTS, type Hotspot } from '../domain/body-map-layout';
import { REGIONS } from '../domain/regions';
import { findSite, siteLabel, type BodyView } from '../domain/sites';

interface InjectedSite {
  siteCode: string;
  side: string;
  injectionCount: number;
}

export interface MarkSite {
  label: string;
  injections: number;
  sessions: number;
}

/** One numbered marker on the letter's body map: a region and side, with the sites injected there. */
export interface BodyMapMark {
  number: number;
  view: BodyView;
  x: number;
  y: number;
  place: string;
  injections: number;
  sites: MarkSite[];
}

/** The hotspot that shows a coded site: its region and side in the site's own view, else the region's midline spot. */
function hotspotFor(siteCode: string, side: string): Hotspot | undefined {
  const site = findSite(siteCode);
  if (!site) return undefined;
  const wanted = site.sided ? side : 'midline';
  const views: BodyView[] = site.view === 'front' ? ['front', 'back'] : ['back', 'front'];
  for (const view of views) {
    const spots = HOTSPOTS[view].filter((h) => h.region === site.region);
    const spot = spots.find((h) => h.side === wanted) ?? spots.find((h) => h.side === 'midline');
    if (spot) return spot;
  }
  return undefined;
}

function viewOf(spot: Hotspot): BodyView {
  return HOTSPOTS.front.includes(spot) ? 'front' : 'back';
}

/**
 * The course's injected sites as body-map markers, from the coded sites of every session: one marker per region
 * and side, numbered front view first, top to bottom, each listing its sites with injections and sessions.
 */
export function bodyMapMarks(sessions: readonly { sites: readonly InjectedSite[] }[]): BodyMapMark[] {
  const bySpot = new Map<Hotspot, Map<string, MarkSite>>();
  for (const session of sessions) {
    for (const s of session.sites) {
      const spot = hotspotFor(s.siteCode, s.side);
      if (!spot) continue;
      const sites = bySpot.get(spot) ?? new Map<string, MarkSite>();
      bySpot.set(spot, sites);
      const label = siteLabel(s.siteCode, s.side);
      const entry = sites.get(label) ?? { label, injections: 0, sessions: 0 };
      entry.injections += s.injectionCount;
      entry.sessions += 1;
      sites.set(label, entry);
    }
  }
  return [...bySpot.entries()]
    .map(([spot, sites]) => ({ spot, view: viewOf(spot), sites: [...sites.values()] }))
    .sort((a, b) => (a.view === b.view ? a.spot.y - b.spot.y || a.spot.x - b.spot.x : a.view === 'front' ? -1 : 1))
    .map(({ spot, view, sites }, i) => ({
      number: i + 1,
      view,
      x: spot.x,
      y: spot.y,
      place: `${REGIONS[spot.region]}${spot.side === 'midline' ? '' : `, ${spot.side}`}`,
      injections: sites.reduce((n, s) => n + s.injections, 0),
      sites,
    }));
}
