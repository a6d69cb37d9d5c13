CREATE TABLE `letters` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`course_id` integer NOT NULL,
	`referrer_id` integer,
	`created_by` integer NOT NULL,
	`created_at` text NOT NULL,
	`plan` text NOT NULL,
	`sha256` text NOT NULL,
	`byte_length` integer NOT NULL,
	`pdf` blob NOT NULL,
	FOREIGN KEY (`course_id`) REFERENCES `courses`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`referrer_id`) REFERENCES `referrers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `letters_course_idx` ON `letters` (`course_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `referrers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`practice` text,
	`address` text,
	`email` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `referrers_name_idx` ON `referrers` (`name`);--> statement-breakpoint
ALTER TABLE `courses` ADD `referrer_id` integer REFERENCES referrers(id);