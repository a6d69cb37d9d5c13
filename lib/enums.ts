/** Fixed value sets shared by the database schema, validation and the UI (no framework imports). */
export const ROLES = ['specialist', 'manager', 'admin'] as const;
export const SEXES = ['female', 'male', 'other', 'unknown'] as const;
export const COURSE_SIDES = ['left', 'right', 'bilateral', 'midline'] as const;
export const SITE_SIDES = ['left', 'right', 'midline'] as const;
export const COURSE_STATUSES = ['active', 'completed', 'discontinued'] as const;
export const ADVERSE_EVENTS = [
  'none',
  'vasovagal',
  'post_injection_flare',
  'bruising',
  'infection',
  'nerve_irritation',
  'allergic_reaction',
  'other',
] as const;

export const ADVERSE_EVENT_LABELS: Record<(typeof ADVERSE_EVENTS)[number], string> = {
  none: 'None',
  vasovagal: 'Vasovagal reaction',
  post_injection_flare: 'Post-injection pain flare',
  bruising: 'Bruising / haematoma',
  infection: 'Infection',
  nerve_irritation: 'Nerve irritation',
  allergic_reaction: 'Allergic reaction',
  other: 'Other',
};
