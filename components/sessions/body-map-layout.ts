import type { RegionCode } from '@/lib/domain/regions';
import type { BodyView } from '@/lib/domain/sites';

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
