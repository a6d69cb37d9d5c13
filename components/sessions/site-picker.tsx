'use client';

import { useMemo, useState } from 'react';
import { REGIONS, type RegionCode } from '@/lib/domain/regions';
import { SITES, sitesInRegion, type InjectionSite } from '@/lib/domain/sites';
import type { Side } from '@/lib/domain/body-map-layout';

function AddButtons({
  site,
  preferredSide,
  isChosen,
  onAdd,
}: {
  site: InjectionSite;
  preferredSide?: Side;
  isChosen: (code: string, side: Side) => boolean;
  onAdd: (code: string, side: Side) => void;
}) {
  const sides: Side[] = site.sided ? (preferredSide && preferredSide !== 'midline' ? [preferredSide] : ['left', 'right']) : ['midline'];
  return (
    <span className="add-buttons">
      {sides.map((side) => {
        const chosen = isChosen(site.code, side);
        const sideText = side === 'midline' ? '' : ` ${side}`;
        return (
          <button
            key={side}
            type="button"
            className={`btn btn-sm${chosen ? '' : ' btn-primary'}`}
            disabled={chosen}
            aria-label={chosen ? `${site.label}${sideText} added` : `Add ${site.label}${sideText}`}
            onClick={() => onAdd(site.code, side)}
          >
            {chosen ? `Added${sideText}` : `Add${sideText}`}
          </button>
        );
      })}
    </span>
  );
}

/** The sites of the region picked on the body map. */
export function RegionSites({
  region,
  side,
  isChosen,
  onAdd,
  onClose,
}: {
  region: RegionCode;
  side: Side;
  isChosen: (code: string, side: Side) => boolean;
  onAdd: (code: string, side: Side) => void;
  onClose: () => void;
}) {
  return (
    <div className="region-panel" aria-live="polite">
      <div className="region-panel-head">
        <h3>
          {REGIONS[region]}
          {side !== 'midline' ? ` · ${side}` : ''}
        </h3>
        <button type="button" className="btn btn-sm" onClick={onClose}>
          Close
        </button>
      </div>
      <ul className="site-list">
        {sitesInRegion(region).map((site) => (
          <li key={site.code}>
            <span>{site.label}</span>
            <AddButtons site={site} preferredSide={site.sided ? side : undefined} isChosen={isChosen} onAdd={onAdd} />
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Keyboard-friendly search over the whole catalogue. */
export function SiteSearch({ isChosen, onAdd }: { isChosen: (code: string, side: Side) => boolean; onAdd: (code: string, side: Side) => void }) {
  const [query, setQuery] = useState('');
  const matches = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (q.length < 2) return [];
    return SITES.filter((s) => `${s.label} ${REGIONS[s.region]}`.toLowerCase().includes(q)).slice(0, 12);
  }, [query]);
  return (
    <div className="site-search">
      <label htmlFor="site-search">Find a site</label>
      <input
        id="site-search"
        type="search"
        value={query}
        placeholder="e.g. collateral, plantar, facet"
        onChange={(e) => setQuery(e.target.value)}
        aria-describedby="site-search-help"
        autoComplete="off"
      />
      <span className="help" id="site-search-help">
        Type two or more letters; or pick a region on the body map.
      </span>
      {matches.length > 0 && (
        <ul className="site-list" aria-label="Matching sites">
          {matches.map((site) => (
            <li key={site.code}>
              <span>
                {site.label} <span className="muted small">· {REGIONS[site.region]}</span>
              </span>
              <AddButtons site={site} isChosen={isChosen} onAdd={onAdd} />
            </li>
          ))}
        </ul>
      )}
      {query.trim().length >= 2 && matches.length === 0 && <p className="muted small">No site matches “{query}”.</p>}
    </div>
  );
}
