import type { ADVERSE_EVENTS } from '@/db/value-sets';

/** What each coded value reads as on screen. */
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
