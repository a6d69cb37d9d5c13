CREATE TABLE `follow_ups` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`course_id` integer NOT NULL,
	`time_point` text NOT NULL,
	`due_date` text NOT NULL,
	`window_start` text NOT NULL,
	`window_end` text NOT NULL,
	`answered_at` text,
	`pain` integer,
	`mobility` integer,
	`sleep` integer,
	`global_impression` integer,
	`comment` text,
	`source` text DEFAULT 'patient' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`course_id`) REFERENCES `courses`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "follow_ups_pain_check" CHECK(pain is null or pain between 0 and 10),
	CONSTRAINT "follow_ups_mobility_check" CHECK(mobility is null or mobility between 0 and 10),
	CONSTRAINT "follow_ups_sleep_check" CHECK(sleep is null or sleep between 0 and 10),
	CONSTRAINT "follow_ups_impression_check" CHECK(global_impression is null or global_impression between 1 and 7),
	CONSTRAINT "follow_ups_window_check" CHECK(window_start <= due_date and due_date <= window_end),
	CONSTRAINT "follow_ups_answer_check" CHECK(answered_at is null or (pain is not null and mobility is not null and sleep is not null and global_impression is not null)),
	CONSTRAINT "follow_ups_source_check" CHECK(source in ('patient'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `follow_ups_course_point_unique` ON `follow_ups` (`course_id`,`time_point`);--> statement-breakpoint
CREATE INDEX `follow_ups_window_idx` ON `follow_ups` (`window_end`,`window_start`);--> statement-breakpoint
CREATE TABLE `patient_links` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`token_hash` text NOT NULL,
	`token_salt` text NOT NULL,
	`purpose` text NOT NULL,
	`course_id` integer NOT NULL,
	`follow_up_id` integer,
	`created_by` integer NOT NULL,
	`created_at` text NOT NULL,
	`expires_at` text NOT NULL,
	`opened_at` text,
	`used_at` text,
	`revoked_at` text,
	`expired_at` text,
	`emailed_at` text,
	`reminder_day3_at` text,
	`reminder_day7_at` text,
	FOREIGN KEY (`course_id`) REFERENCES `courses`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`follow_up_id`) REFERENCES `follow_ups`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "patient_links_purpose_check" CHECK(purpose in ('follow_up', 'pre_session')),
	CONSTRAINT "patient_links_target_check" CHECK((purpose = 'follow_up') = (follow_up_id is not null))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `patient_links_token_unique` ON `patient_links` (`token_hash`);--> statement-breakpoint
CREATE INDEX `patient_links_follow_up_idx` ON `patient_links` (`follow_up_id`);--> statement-breakpoint
CREATE INDEX `patient_links_course_idx` ON `patient_links` (`course_id`,`purpose`);--> statement-breakpoint
CREATE INDEX `patient_links_open_idx` ON `patient_links` (`used_at`,`expires_at`);--> statement-breakpoint
CREATE TABLE `pre_session_reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`link_id` integer NOT NULL,
	`course_id` integer NOT NULL,
	`reported_at` text NOT NULL,
	`pain` integer NOT NULL,
	`mobility` integer NOT NULL,
	`sleep` integer NOT NULL,
	`session_id` integer,
	FOREIGN KEY (`link_id`) REFERENCES `patient_links`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`course_id`) REFERENCES `courses`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`session_id`) REFERENCES `treatment_sessions`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "pre_session_reports_pain_check" CHECK(pain between 0 and 10),
	CONSTRAINT "pre_session_reports_mobility_check" CHECK(mobility between 0 and 10),
	CONSTRAINT "pre_session_reports_sleep_check" CHECK(sleep between 0 and 10)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `pre_session_reports_link_unique` ON `pre_session_reports` (`link_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `pre_session_reports_session_unique` ON `pre_session_reports` (`session_id`);--> statement-breakpoint
CREATE INDEX `pre_session_reports_course_idx` ON `pre_session_reports` (`course_id`,`reported_at`);