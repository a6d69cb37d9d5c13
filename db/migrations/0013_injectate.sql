ALTER TABLE `injections` ADD `anaesthetic_agent` text;--> statement-breakpoint
ALTER TABLE `injections` ADD `anaesthetic_ml` real;--> statement-breakpoint
ALTER TABLE `injections` ADD `lot_number` text;--> statement-breakpoint
ALTER TABLE `patients` ADD `weight_kg` real;--> statement-breakpoint
ALTER TABLE `treatment_sessions` ADD `dose_override_reason` text;