-- Fills the candidate follow-up of every course's outcome facts (the statement of lib/outcomes/facts-sql.ts, followUpFactsUpdate).
update outcome_course_facts set (follow_up_point, follow_up_date, follow_up_pain) = (
  select u.time_point, substr(u.answered_at, 1, 10), u.pain from follow_ups u
  where u.course_id = outcome_course_facts.course_id and u.answered_at is not null
  order by u.time_point = 'm3' desc, u.answered_at desc, u.id desc limit 1)
where 1 = 1;
