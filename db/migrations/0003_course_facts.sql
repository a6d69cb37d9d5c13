CREATE TABLE `outcome_course_facts` (
	`course_id` integer PRIMARY KEY NOT NULL,
	`sessions` integer NOT NULL,
	`first_date` text NOT NULL,
	`last_date` text NOT NULL,
	`injections` integer NOT NULL,
	`adverse_sessions` integer NOT NULL,
	`pain_n` integer NOT NULL,
	`pain_k0` integer,
	`pain_k1` integer,
	`pain0` integer,
	`pain1` integer,
	`mobility_n` integer NOT NULL,
	`mobility_k0` integer,
	`mobility_k1` integer,
	`mobility0` integer,
	`mobility1` integer,
	`sleep_n` integer NOT NULL,
	`sleep_k0` integer,
	`sleep_k1` integer,
	`sleep0` integer,
	`sleep1` integer,
	FOREIGN KEY (`course_id`) REFERENCES `courses`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `outcome_pain_lows` (
	`course_id` integer NOT NULL,
	`k` integer NOT NULL,
	`pain` integer NOT NULL,
	PRIMARY KEY(`course_id`, `k`),
	FOREIGN KEY (`course_id`) REFERENCES `courses`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `outcome_session_facts` (
	`course_id` integer NOT NULL,
	`k` integer NOT NULL,
	`session_id` integer NOT NULL,
	`session_date` text NOT NULL,
	`pain` integer,
	`mobility` integer,
	`sleep` integer,
	`injections` integer NOT NULL,
	`adverse` integer NOT NULL,
	PRIMARY KEY(`course_id`, `k`),
	FOREIGN KEY (`course_id`) REFERENCES `courses`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `outcome_session_facts_date_idx` ON `outcome_session_facts` (`session_date`,`course_id`,`injections`,`adverse`);