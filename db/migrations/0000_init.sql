CREATE TABLE `audit_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`user_id` integer,
	`user_email` text,
	`action` text NOT NULL,
	`entity` text,
	`entity_id` text,
	`patient_id` integer,
	`outcome` text NOT NULL,
	`details` text,
	`ip` text,
	`prev_hash` text,
	`hash` text
);
--> statement-breakpoint
CREATE INDEX `audit_at_idx` ON `audit_events` (`at`);--> statement-breakpoint
CREATE INDEX `audit_user_idx` ON `audit_events` (`user_id`);--> statement-breakpoint
CREATE INDEX `audit_patient_idx` ON `audit_events` (`patient_id`);--> statement-breakpoint
CREATE INDEX `audit_action_idx` ON `audit_events` (`action`,`at`);--> statement-breakpoint
CREATE TABLE `courses` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`patient_id` integer NOT NULL,
	`condition` text NOT NULL,
	`region` text NOT NULL,
	`side` text NOT NULL,
	`specialist_id` integer NOT NULL,
	`start_date` text NOT NULL,
	`planned_sessions` integer DEFAULT 4 NOT NULL,
	`interval_weeks` integer DEFAULT 4 NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`end_reason` text,
	`end_date` text,
	`notes` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`patient_id`) REFERENCES `patients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`specialist_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "courses_side_check" CHECK(side in ('left', 'right', 'bilateral', 'midline')),
	CONSTRAINT "courses_status_check" CHECK(status in ('active', 'completed', 'discontinued')),
	CONSTRAINT "courses_planned_check" CHECK(planned_sessions between 1 and 30),
	CONSTRAINT "courses_interval_check" CHECK(interval_weeks between 1 and 12),
	CONSTRAINT "courses_end_check" CHECK(status = 'active' or end_date is not null)
);
--> statement-breakpoint
CREATE INDEX `courses_patient_idx` ON `courses` (`patient_id`);--> statement-breakpoint
CREATE INDEX `courses_specialist_status_idx` ON `courses` (`specialist_id`,`status`);--> statement-breakpoint
CREATE INDEX `courses_condition_idx` ON `courses` (`condition`);--> statement-breakpoint
CREATE TABLE `injections` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`session_id` integer NOT NULL,
	`site_code` text NOT NULL,
	`side` text NOT NULL,
	`injection_count` integer DEFAULT 1 NOT NULL,
	`dextrose_pct` real,
	`anaesthetic` text,
	`volume_ml` real,
	FOREIGN KEY (`session_id`) REFERENCES `treatment_sessions`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "injections_side_check" CHECK(side in ('left', 'right', 'midline')),
	CONSTRAINT "injections_count_check" CHECK(injection_count between 1 and 20),
	CONSTRAINT "injections_dextrose_check" CHECK(dextrose_pct is null or (dextrose_pct > 0 and dextrose_pct <= 50)),
	CONSTRAINT "injections_volume_check" CHECK(volume_ml is null or (volume_ml > 0 and volume_ml <= 50))
);
--> statement-breakpoint
CREATE INDEX `injections_session_idx` ON `injections` (`session_id`);--> statement-breakpoint
CREATE TABLE `patients` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`mrn` text NOT NULL,
	`given_name` text NOT NULL,
	`family_name` text NOT NULL,
	`date_of_birth` text NOT NULL,
	`sex` text NOT NULL,
	`phone` text,
	`email` text,
	`specialist_id` integer NOT NULL,
	`archived` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`specialist_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "patients_sex_check" CHECK(sex in ('female', 'male', 'other', 'unknown'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `patients_mrn_unique` ON `patients` (`mrn`);--> statement-breakpoint
CREATE INDEX `patients_specialist_idx` ON `patients` (`specialist_id`,`archived`);--> statement-breakpoint
CREATE INDEX `patients_name_idx` ON `patients` (`family_name`,`given_name`);--> statement-breakpoint
CREATE TABLE `treatment_sessions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`course_id` integer NOT NULL,
	`session_date` text NOT NULL,
	`pain` integer,
	`mobility` integer,
	`sleep` integer,
	`ultrasound_guided` integer DEFAULT true NOT NULL,
	`needling` integer DEFAULT false NOT NULL,
	`adverse_event` text DEFAULT 'none' NOT NULL,
	`adverse_event_note` text,
	`notes` text,
	`recorded_by` integer NOT NULL,
	`recorded_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`course_id`) REFERENCES `courses`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "sessions_pain_check" CHECK(pain is null or pain between 0 and 10),
	CONSTRAINT "sessions_mobility_check" CHECK(mobility is null or mobility between 0 and 10),
	CONSTRAINT "sessions_sleep_check" CHECK(sleep is null or sleep between 0 and 10),
	CONSTRAINT "sessions_adverse_check" CHECK(adverse_event in ('none', 'vasovagal', 'post_injection_flare', 'bruising', 'infection', 'nerve_irritation', 'allergic_reaction', 'other'))
);
--> statement-breakpoint
CREATE INDEX `sessions_course_date_idx` ON `treatment_sessions` (`course_id`,`session_date`);--> statement-breakpoint
CREATE INDEX `sessions_date_idx` ON `treatment_sessions` (`session_date`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`password_hash` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "users_role_check" CHECK(role in ('specialist', 'manager', 'admin'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);