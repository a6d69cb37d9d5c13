CREATE TABLE `adverse_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`course_id` integer NOT NULL,
	`session_id` integer NOT NULL,
	`type` text NOT NULL,
	`description` text,
	`severity` text,
	`serious` integer DEFAULT false NOT NULL,
	`onset_date` text NOT NULL,
	`resolution_date` text,
	`action_taken` text,
	`recorded_by` integer NOT NULL,
	`recorded_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`course_id`) REFERENCES `courses`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`session_id`) REFERENCES `treatment_sessions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "adverse_events_type_check" CHECK(type in ('post_injection_flare', 'bruising', 'infection', 'vasovagal', 'allergic_reaction', 'nerve_irritation', 'pneumothorax', 'dural_puncture', 'other')),
	CONSTRAINT "adverse_events_severity_check" CHECK(severity is null or severity in ('mild', 'moderate', 'severe')),
	CONSTRAINT "adverse_events_other_check" CHECK(type <> 'other' or description is not null),
	CONSTRAINT "adverse_events_resolution_check" CHECK(resolution_date is null or resolution_date >= onset_date)
);
--> statement-breakpoint
CREATE INDEX `adverse_events_course_idx` ON `adverse_events` (`course_id`,`session_id`);--> statement-breakpoint
CREATE INDEX `adverse_events_session_idx` ON `adverse_events` (`session_id`);--> statement-breakpoint
CREATE TABLE `consent_form_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL,
	`text` text NOT NULL,
	`applies_from` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `consent_form_versions_applies_idx` ON `consent_form_versions` (`applies_from`);--> statement-breakpoint
CREATE TABLE `consents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`course_id` integer NOT NULL,
	`version_id` integer NOT NULL,
	`consent_date` text NOT NULL,
	`witness` text,
	`recorded_by` integer NOT NULL,
	`recorded_at` text NOT NULL,
	FOREIGN KEY (`course_id`) REFERENCES `courses`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`version_id`) REFERENCES `consent_form_versions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `consents_course_idx` ON `consents` (`course_id`,`consent_date`);--> statement-breakpoint
ALTER TABLE `injections` ADD `anaesthetic_agent` text;--> statement-breakpoint
ALTER TABLE `injections` ADD `anaesthetic_ml` real;--> statement-breakpoint
ALTER TABLE `injections` ADD `lot_number` text;--> statement-breakpoint
ALTER TABLE `patients` ADD `weight_kg` real;--> statement-breakpoint
ALTER TABLE `treatment_sessions` ADD `dose_override_reason` text;