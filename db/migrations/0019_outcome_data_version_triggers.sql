-- Raises outcome_data_version.version on every change to a table the outcome figures read (lib/outcomes/dashboard-cache.ts).
INSERT INTO `outcome_data_version` (`id`, `version`) VALUES (1, 0);
--> statement-breakpoint
CREATE TRIGGER `outcome_data_version_courses_insert` AFTER INSERT ON `courses` BEGIN UPDATE `outcome_data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `outcome_data_version_courses_update` AFTER UPDATE ON `courses` BEGIN UPDATE `outcome_data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `outcome_data_version_courses_delete` AFTER DELETE ON `courses` BEGIN UPDATE `outcome_data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `outcome_data_version_treatment_sessions_insert` AFTER INSERT ON `treatment_sessions` BEGIN UPDATE `outcome_data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `outcome_data_version_treatment_sessions_update` AFTER UPDATE ON `treatment_sessions` BEGIN UPDATE `outcome_data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `outcome_data_version_treatment_sessions_delete` AFTER DELETE ON `treatment_sessions` BEGIN UPDATE `outcome_data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `outcome_data_version_outcome_course_facts_insert` AFTER INSERT ON `outcome_course_facts` BEGIN UPDATE `outcome_data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `outcome_data_version_outcome_course_facts_update` AFTER UPDATE ON `outcome_course_facts` BEGIN UPDATE `outcome_data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `outcome_data_version_outcome_course_facts_delete` AFTER DELETE ON `outcome_course_facts` BEGIN UPDATE `outcome_data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `outcome_data_version_outcome_session_facts_insert` AFTER INSERT ON `outcome_session_facts` BEGIN UPDATE `outcome_data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `outcome_data_version_outcome_session_facts_update` AFTER UPDATE ON `outcome_session_facts` BEGIN UPDATE `outcome_data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `outcome_data_version_outcome_session_facts_delete` AFTER DELETE ON `outcome_session_facts` BEGIN UPDATE `outcome_data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `outcome_data_version_outcome_pain_lows_insert` AFTER INSERT ON `outcome_pain_lows` BEGIN UPDATE `outcome_data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `outcome_data_version_outcome_pain_lows_update` AFTER UPDATE ON `outcome_pain_lows` BEGIN UPDATE `outcome_data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `outcome_data_version_outcome_pain_lows_delete` AFTER DELETE ON `outcome_pain_lows` BEGIN UPDATE `outcome_data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `outcome_data_version_follow_ups_insert` AFTER INSERT ON `follow_ups` BEGIN UPDATE `outcome_data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `outcome_data_version_follow_ups_update` AFTER UPDATE ON `follow_ups` BEGIN UPDATE `outcome_data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `outcome_data_version_follow_ups_delete` AFTER DELETE ON `follow_ups` BEGIN UPDATE `outcome_data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `outcome_data_version_patients_insert` AFTER INSERT ON `patients` BEGIN UPDATE `outcome_data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `outcome_data_version_patients_update` AFTER UPDATE ON `patients` BEGIN UPDATE `outcome_data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `outcome_data_version_patients_delete` AFTER DELETE ON `patients` BEGIN UPDATE `outcome_data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `outcome_data_version_users_insert` AFTER INSERT ON `users` BEGIN UPDATE `outcome_data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `outcome_data_version_users_update` AFTER UPDATE ON `users` BEGIN UPDATE `outcome_data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `outcome_data_version_users_delete` AFTER DELETE ON `users` BEGIN UPDATE `outcome_data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
