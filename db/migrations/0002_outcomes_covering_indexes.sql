DROP INDEX `injections_session_idx`;--> statement-breakpoint
CREATE INDEX `injections_session_count_idx` ON `injections` (`session_id`,`injection_count`);--> statement-breakpoint
DROP INDEX `sessions_course_date_idx`;--> statement-breakpoint
CREATE INDEX `sessions_course_order_idx` ON `treatment_sessions` (`course_id`,`session_date`,`id`,`pain`,`mobility`,`sleep`,`adverse_event`);