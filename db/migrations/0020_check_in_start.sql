-- Check-ins start on a date (setting checkInsStartDate): sessions before it have none. A database that already holds
-- sessions is upgrading, so its check-ins begin today, the day this runs; a fresh one (no sessions) records nothing
-- and every session has a check-in.
INSERT INTO `clinic_settings` (`key`, `value`, `effective_from`, `changed_by`, `reason`)
SELECT 'checkInsStartDate', json_quote(date('now', 'localtime')), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), NULL,
       'Check-ins began with the upgrade that introduced them: earlier sessions have none.'
WHERE EXISTS (SELECT 1 FROM `treatment_sessions`);
