ALTER TABLE `outcome_course_facts` ADD `follow_up_point` text;--> statement-breakpoint
ALTER TABLE `outcome_course_facts` ADD `follow_up_date` text;--> statement-breakpoint
ALTER TABLE `outcome_course_facts` ADD `follow_up_pain` integer;