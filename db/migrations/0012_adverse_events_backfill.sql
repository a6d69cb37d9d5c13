-- One adverse event record per session whose retired per-session field held one: the same coded type (the old
-- list maps one to one onto the new one), the note as its description, onset on the session date, recorded by the
-- session's author when the session was recorded. Severity was never recorded, so it stays null.
insert into adverse_events (course_id, session_id, type, description, severity, serious, onset_date, resolution_date,
  action_taken, recorded_by, recorded_at, updated_at)
  select s.course_id, s.id, s.adverse_event,
    case when s.adverse_event = 'other' then coalesce(s.adverse_event_note, 'Other (no description was recorded)') else s.adverse_event_note end,
    null, 0, s.session_date, null, null, s.recorded_by, s.recorded_at, s.updated_at
  from treatment_sessions s
  where s.adverse_event <> 'none'
  order by s.id;
--> statement-breakpoint
update treatment_sessions set adverse_event = 'none', adverse_event_note = null where adverse_event <> 'none';
