import type { ADVERSE_EVENT_TYPES, ADVERSE_SEVERITIES } from '@/db/value-sets';

/** What each coded adverse event type reads as on screen. */
export const ADVERSE_EVENT_LABELS: Record<(typeof ADVERSE_EVENT_TYPES)[number], string> = {
  post_injection_flare: 'Post-injection flare lasting more than 72 hours',
  bruising: 'Bruising or haematoma',
  infection: 'Infection at the injection site',
  vasovagal: 'Vasovagal reaction',
  allergic_reaction: 'Allergic or systemic reaction',
  nerve_irritation: 'Nerve irritation or paraesthesia',
  pneumothorax: 'Pneumothorax',
  dural_puncture: 'Dural puncture or post-dural-puncture headache',
  other: 'Other',
};

export const ADVERSE_SEVERITY_LABELS: Record<(typeof ADVERSE_SEVERITIES)[number], string> = {
  mild: 'Mild',
  moderate: 'Moderate',
  severe: 'Severe',
};
