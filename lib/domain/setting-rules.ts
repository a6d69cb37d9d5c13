import { FOLLOW_UP_TIME_POINTS, overlappingWindows, timePointLabel } from './follow-up-schedule';
import type { ClinicSettings, SettingKey } from './settings';

/** A rule across settings that one field's own range cannot express, with the settings it involves. */
export interface SettingConflict {
  keys: SettingKey[];
  message: string;
}

const timePointKeys = (code: string): SettingKey[] => FOLLOW_UP_TIME_POINTS.filter((p) => p.code === code).flatMap((p) => [p.offset, p.window]);

/** The rules `settings` break as a whole: follow-up windows that overlap, reminders out of order or after expiry. */
export function settingConflicts(settings: ClinicSettings): SettingConflict[] {
  const conflicts: SettingConflict[] = [];
  const overlap = overlappingWindows(settings);
  if (overlap) {
    const [earlier, later] = overlap;
    conflicts.push({
      keys: [...timePointKeys(earlier), ...timePointKeys(later)],
      message: `The answer windows of the ${timePointLabel(earlier)} and ${timePointLabel(later)} follow-ups would overlap: shorten a window or move the time points apart.`,
    });
  }
  const { linkFirstReminderDays: first, linkSecondReminderDays: second, followUpLinkExpiryDays: expiry } = settings;
  if (first >= second) {
    conflicts.push({
      keys: ['linkFirstReminderDays', 'linkSecondReminderDays'],
      message: `The first reminder (day ${first}) must come before the second (day ${second}).`,
    });
  }
  if (second >= expiry) {
    conflicts.push({
      keys: ['linkSecondReminderDays', 'followUpLinkExpiryDays'],
      message: `The second reminder (day ${second}) must go out before follow-up links expire (after ${expiry} days).`,
    });
  }
  return conflicts;
}
