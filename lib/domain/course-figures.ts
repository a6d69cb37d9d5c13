import type { OutcomeSettings } from './settings';

/** How the course page and the progress letter name a course's responder status. */
export function responderLabel(responder: boolean | null, active: boolean): string {
  if (responder === null) return active ? 'Not yet assessable' : 'Not assessable';
  if (responder) return 'Responder';
  return active ? 'Not yet responding' : 'Non-responder';
}

/** A change from baseline as shown: "+2", "−4" (a true minus), "0", or "—" before a second session. */
export function changeText(change: number | null, assessable: boolean): string {
  if (!assessable || change == null) return '—';
  if (change > 0) return `+${change}`;
  if (change < 0) return `−${-change}`;
  return '0';
}

/** The responder rule in words, from the thresholds applied. */
export function responderRuleText(settings: OutcomeSettings): string {
  const percent = Math.round(settings.responderRelativeReduction * 100);
  return `pain reduced from baseline by at least ${settings.responderAbsoluteReduction} points or at least ${percent} % of the baseline score`;
}
