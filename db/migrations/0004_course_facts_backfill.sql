-- Fills the outcome facts for databases that already hold sessions (same statements as lib/outcomes/facts-sql.ts).
insert into outcome_session_facts (course_id, k, session_id, session_date, pain, mobility, sleep, injections, adverse)
  select s.course_id, row_number() over (partition by s.course_id order by s.session_date, s.id),
  s.id, s.session_date, s.pain, s.mobility, s.sleep,
  coalesce((select sum(i.injection_count) from injections i where i.session_id = s.id), 0),
  case when s.adverse_event <> 'none' then 1 else 0 end
  from treatment_sessions s
  where 1 = 1;
--> statement-breakpoint
insert into outcome_course_facts (course_id, sessions, first_date, last_date, injections, adverse_sessions,
  pain_n, pain_k0, pain_k1, pain0, pain1, mobility_n, mobility_k0, mobility_k1, mobility0, mobility1,
  sleep_n, sleep_k0, sleep_k1, sleep0, sleep1)
  select course_id, count(*), min(session_date), max(session_date), sum(injections), sum(adverse),
  count(pain), min(case when pain is not null then k * 16 + pain end) / 16, max(case when pain is not null then k * 16 + pain end) / 16, min(case when pain is not null then k * 16 + pain end) % 16, max(case when pain is not null then k * 16 + pain end) % 16, count(mobility), min(case when mobility is not null then k * 16 + mobility end) / 16, max(case when mobility is not null then k * 16 + mobility end) / 16, min(case when mobility is not null then k * 16 + mobility end) % 16, max(case when mobility is not null then k * 16 + mobility end) % 16, count(sleep), min(case when sleep is not null then k * 16 + sleep end) / 16, max(case when sleep is not null then k * 16 + sleep end) / 16, min(case when sleep is not null then k * 16 + sleep end) % 16, max(case when sleep is not null then k * 16 + sleep end) % 16
  from outcome_session_facts
  where 1 = 1
  group by course_id;
--> statement-breakpoint
insert into outcome_pain_lows (course_id, k, pain)
  select s.course_id, s.k, s.pain
  from outcome_session_facts s
  join outcome_course_facts f on f.course_id = s.course_id
  where 1 = 1 and s.pain is not null and s.k > f.pain_k0 and s.pain < f.pain0
  and not exists (
  select 1 from outcome_session_facts e
  where e.course_id = s.course_id and e.k > f.pain_k0 and e.k < s.k and e.pain <= s.pain
  );
