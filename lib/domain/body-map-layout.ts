import type { RegionCode } from './regions';
import type { BodyView } from './sites';

/**
 * The body map's geometry in a 200 × 450 box: the silhouette's shapes and one hotspot per region and side. The
 * session form's interactive map and the progress letter's figure both draw from it.
 */

export type Side = 'left' | 'right' | 'midline';

export interface Hotspot {
  region: RegionCode;
  side: Side;
  x: number;
  y: number;
}

type Pair = [region: RegionCode, x: number, y: number];

/** Front view: the patient's right is on the viewer's left. Back view: the patient's left is on the viewer's left. */
const SIDED_FRONT: Pair[] = [
  ['shoulder', 62, 92],
  ['elbow', 44, 168],
  ['wrist_hand', 34, 232],
  ['hip', 76, 214],
  ['knee', 80, 310],
  ['ankle', 84, 382],
  ['foot', 80, 408],
  ['toe', 72, 432],
];
const SIDED_BACK: Pair[] = [
  ['shoulder', 62, 92],
  ['elbow', 44, 168],
  ['wrist_hand', 34, 232],
  ['hip', 74, 212],
  ['knee', 80, 310],
  ['ankle', 84, 384],
  ['foot', 80, 418],
];
const MIDLINE: Record<BodyView, Pair[]> = {
  front: [
    ['head', 100, 30],
    ['pelvis', 100, 226],
  ],
  back: [
    ['head', 100, 30],
    ['cervical', 100, 70],
    ['thoracic', 100, 122],
    ['lumbar', 100, 178],
    ['pelvis', 100, 206],
  ],
};

function mirrored(pairs: Pair[], viewerLeft: Side, viewerRight: Side): Hotspot[] {
  return pairs.flatMap(([region, x, y]) => [
    { region, side: viewerLeft, x, y },
    { region, side: viewerRight, x: 200 - x, y },
  ]);
}

export const HOTSPOTS: Record<BodyView, Hotspot[]> = {
  front: [...MIDLINE.front.map(([region, x, y]) => ({ region, side: 'midline' as const, x, y })), ...mirrored(SIDED_FRONT, 'right', 'left')],
  back: [...MIDLINE.back.map(([region, x, y]) => ({ region, side: 'midline' as const, x, y })), ...mirrored(SIDED_BACK, 'left', 'right')],
};

/** The silhouette, front and back alike: head, neck, trunk, arms, legs and feet. */
export const SILHOUETTE = {
  head: { cx: 100, cy: 30, rx: 20, ry: 24 },
  neck: { x: 90, y: 50, width: 20, height: 18, rx: 6 },
  paths: [
    'M62 74 Q100 64 138 74 L144 150 Q140 200 132 232 L68 232 Q60 200 56 150 Z',
    'M62 76 Q48 80 46 104 L38 168 L28 236 L40 240 L54 172 L66 112 Z',
    'M138 76 Q152 80 154 104 L162 168 L172 236 L160 240 L146 172 L134 112 Z',
    'M68 228 L98 232 L94 318 L90 400 L74 400 L70 318 Z',
    'M132 228 L102 232 L106 318 L110 400 L126 400 L130 318 Z',
    'M72 398 L92 398 L94 424 L66 436 L62 428 Z',
    'M128 398 L108 398 L106 424 L134 436 L138 428 Z',
  ],
} as const;
