/** Fixed value sets: the database's CHECK constraints are built from them; validation and the UI share them. */
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
/** Coded adverse event types (adverse_events.type); `other` needs a description. */
export const ADVERSE_EVENT_TYPES = [
  'post_injection_flare',
  'bruising',
  'infection',
  'vasovagal',
  'allergic_reaction',
  'nerve_irritation',
  'pneumothorax',
  'dural_puncture',
  'other',
] as const;
export const ADVERSE_SEVERITIES = ['mild', 'moderate', 'severe'] as const;
/** What a patient link asks for: a follow-up after treatment, today's scores before a session, or a session's check-in. */
export const PATIENT_LINK_PURPOSES = ['follow_up', 'pre_session', 'check_in'] as const;
/** Check-in after a session with injections: pain compared with before the injection. */
export const CHECK_IN_PAIN = ['better', 'same', 'worse', 'much_worse'] as const;
/** What the specialist did about a red-flag check-in. */
export const CHECK_IN_HANDLINGS = ['patient_contacted', 'adverse_event_recorded', 'no_action'] as const;
/** Who entered a follow-up's answers. */
export const FOLLOW_UP_SOURCES = ['patient'] as const;
/** Why a sign-in session ended before its time (auth_sessions.revoked_reason). */
export const SESSION_END_REASONS = ['sign_out', 'deactivated', 'password_reset', 'two_factor_reset'] as const;
/** A sign-in attempt is reserved as `pending` before its password is checked, then settled. */
export const LOGIN_ATTEMPT_OUTCOMES = ['pending', 'failure', 'success'] as const;
/** Coded local anaesthetics (injections.anaesthetic_agent); `other` only for migrated free text that matched no code. */
export const ANAESTHETIC_AGENTS = [
  'none',
  'lidocaine_1',
  'lidocaine_2',
  'bupivacaine_0_25',
  'bupivacaine_0_5',
  'ropivacaine_0_2',
  'ropivacaine_0_75',
  'other',
] as const;
