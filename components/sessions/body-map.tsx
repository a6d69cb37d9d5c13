'use client';

import { useState } from 'react';
import { REGIONS } from '@/lib/domain/regions';
import type { BodyView } from '@/lib/domain/sites';
import { HOTSPOTS, SILHOUETTE, type Hotspot } from '@/lib/domain/body-map-layout';

function Silhouette() {
  const { head, neck, paths } = SILHOUETTE;
  return (
    <g className="silhouette" aria-hidden>
      <ellipse {...head} />
      <rect {...neck} />
      {paths.map((d) => (
        <path key={d} d={d} />
      ))}
    </g>
  );
}

function sideLabel(side: Hotspot['side']) {
  return side === 'midline' ? '' : `, ${side}`;
}

/** Front and back body views; activating a region opens its injection sites. */
export function BodyMap({
  active,
  counts,
  onSelect,
}: {
  active: { region: string; side: string } | null;
  counts: Record<string, number>;
  onSelect: (hotspot: Hotspot) => void;
}) {
  const [view, setView] = useState<BodyView>('front');
  return (
    <div className="body-map">
      <div className="segmented" role="group" aria-label="Body view">
        {(['front', 'back'] as const).map((v) => (
          <button key={v} type="button" className={view === v ? 'selected' : ''} aria-pressed={view === v} onClick={() => setView(v)}>
            {v === 'front' ? 'Front' : 'Back'}
          </button>
        ))}
      </div>
      <svg viewBox="0 0 200 450" role="group" aria-label={`Body map, ${view} view`}>
        <Silhouette />
        <text x="8" y="446" className="map-note">
          {view === 'front' ? "Patient's right" : "Patient's left"}
        </text>
        <text x="192" y="446" textAnchor="end" className="map-note">
          {view === 'front' ? "Patient's left" : "Patient's right"}
        </text>
        {HOTSPOTS[view].map((h) => {
          const key = `${h.region}:${h.side}`;
          const count = counts[key] ?? 0;
          const isActive = active?.region === h.region && active.side === h.side;
          const label = `${REGIONS[h.region]}${sideLabel(h.side)}${count ? `, ${count} site${count === 1 ? '' : 's'} chosen` : ''}`;
          return (
            <g
              key={`${view}-${key}`}
              role="button"
              tabIndex={0}
              aria-label={label}
              aria-pressed={isActive}
              className={`hotspot${count ? ' chosen' : ''}${isActive ? ' active' : ''}`}
              data-region={h.region}
              data-side={h.side}
              onClick={() => onSelect(h)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  onSelect(h);
                }
              }}
            >
              <title>{label}</title>
              <circle cx={h.x} cy={h.y} r="10" />
              {count > 0 && (
                <text x={h.x} y={h.y + 4} textAnchor="middle">
                  {count}
                </text>
              )}
            </g>
          );
        })}
      </svg>
    </div>
  );
}
