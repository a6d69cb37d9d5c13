import type { RegionCode } from './regions';

export interface Condition {
  code: string;
  label: string;
  /** Regions where this condition is treated; the first is the usual one. */
  regions: readonly RegionCode[];
}

/** The clinic's list of conditions treated with prolotherapy. Extend by appending. */
export const CONDITIONS: readonly Condition[] = [
  { code: 'low_back_pain', label: 'Low back pain', regions: ['lumbar', 'pelvis'] },
  { code: 'sciatica', label: 'Sciatica', regions: ['lumbar', 'pelvis'] },
  { code: 'knee_pain', label: 'Knee pain', regions: ['knee'] },
  { code: 'hip', label: 'Hip pain', regions: ['hip', 'pelvis'] },
  { code: 'shoulder', label: 'Shoulder pain', regions: ['shoulder'] },
  { code: 'golfers_elbow', label: "Golfer's elbow", regions: ['elbow'] },
  { code: 'tennis_elbow', label: 'Tennis elbow', regions: ['elbow'] },
  {
    code: 'tendinosis',
    label: 'Tendinosis',
    regions: ['ankle', 'knee', 'elbow', 'shoulder', 'hip', 'wrist_hand', 'foot'],
  },
  { code: 'rotator_cuff', label: 'Rotator cuff tendon problems', regions: ['shoulder'] },
  { code: 'plantar_fasciitis', label: 'Plantar fasciitis / foot pain', regions: ['foot'] },
  {
    code: 'osteoarthritis',
    label: 'Osteoarthritis',
    regions: ['knee', 'hip', 'wrist_hand', 'shoulder', 'ankle', 'toe', 'cervical', 'lumbar'],
  },
  { code: 'ankle_pain', label: 'Ankle pain', regions: ['ankle'] },
  { code: 'toe_pain', label: 'Toe pain', regions: ['toe', 'foot'] },
  { code: 'neck_pain', label: 'Neck pain', regions: ['cervical', 'thoracic'] },
  { code: 'ms_headache', label: 'Musculoskeletal headaches', regions: ['head', 'cervical'] },
];

export const CONDITION_CODES = CONDITIONS.map((c) => c.code);

export function findCondition(code: string): Condition | undefined {
  return CONDITIONS.find((c) => c.code === code);
}

export function conditionLabel(code: string): string {
  return findCondition(code)?.label ?? code;
}
