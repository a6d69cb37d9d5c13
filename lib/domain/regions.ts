/** Body regions used by the site catalogue, the body map and course set-up. */
export const REGIONS = {
  head: 'Head & suboccipital',
  cervical: 'Neck (cervical spine)',
  thoracic: 'Upper back (thoracic spine)',
  shoulder: 'Shoulder',
  elbow: 'Elbow',
  wrist_hand: 'Wrist & hand',
  lumbar: 'Low back (lumbar spine)',
  pelvis: 'Sacroiliac & pelvis',
  hip: 'Hip',
  knee: 'Knee',
  ankle: 'Ankle',
  foot: 'Foot & heel',
  toe: 'Toes',
} as const;

export type RegionCode = keyof typeof REGIONS;
export const REGION_CODES = Object.keys(REGIONS) as RegionCode[];

/** Regions that come in left and right. */
export const SIDED_REGIONS: readonly RegionCode[] = ['shoulder', 'elbow', 'wrist_hand', 'hip', 'knee', 'ankle', 'foot', 'toe'];

export function regionLabel(code: string): string {
  return (REGIONS as Record<string, string>)[code] ?? code;
}
