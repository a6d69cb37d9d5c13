'use client';

import { useState } from 'react';
import { REGIONS } from '@/lib/domain/regions';
import type { BodyView } from '@/lib/domain/sites';
import { HOTSPOTS, type Hotspot } from './body-map-layout';

function Silhouette() {
  return (
    <g className="silhouette" aria-hidden>
      <ellipse cx="100" cy="30" rx="20" ry="24" />
      <rect x="90" y="50" width="20" height="18" rx="6" />
      <path d="M62 74 Q100 64 138 74 L144 150 Q140 200 132 232 L68 232 Q60 200 56 150 Z" />
      <path d="M62 76 Q48 80 46 104 L38 168 L28 236 L40 240 L54 172 L66 112 Z" />
      <path d="M138 76 Q152 80 154 104 L162 168 L172 236 L160 240 L146 172 L134 112 Z" />
      <path d="M68 228 L98 232 L94 318 L90 400 L74 400 L70 318 Z" />
      <path d="M132 228 L102 232 L106 318 L110 400 L126 400 L130 318 Z" />
      <path d="M72 398 L92 398 L94 424 L66 436 L62 428 Z" />
      <path d="M128 398 L108 398 L106 424 L134 436 L138 428 Z" />
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
