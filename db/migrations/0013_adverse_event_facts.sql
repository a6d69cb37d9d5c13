-- The outcome facts count adverse events from the adverse_events table (lib/outcomes/facts-sql.ts): recount them.
update outcome_session_facts
  set adverse = (select count(*) from adverse_events a where a.session_id = outcome_session_facts.session_id);
--> statement-breakpoint
update outcome_course_facts
  set adverse_sessions = (select coalesce(sum(f.adverse), 0) from outcome_session_facts f where f.course_id = outcome_course_facts.course_id);
