-- A sample consent form so a clinic can record consent from the start; the clinic replaces it with its own version.
insert into consent_form_versions (title, text, applies_from, created_at) values (
  'Consent to prolotherapy injections (sample, version 1)',
  'About the treatment
Prolotherapy is a course of injections, usually of a dextrose (sugar) solution mixed with a local anaesthetic, into the ligaments and tendons around a painful joint or the spine. It aims to strengthen these tissues and reduce pain. Most people need several sessions a few weeks apart, and improvement is gradual.

What to expect
The injection sites may ache for a few days; this is expected. You may bruise where the needle went in. Some people feel faint during or after the injections.

Less common risks
Infection at an injection site; an allergic reaction; temporary numbness, tingling or weakness from the local anaesthetic or from irritation of a nearby nerve. Injections near the chest wall can, rarely, puncture the lining of the lung (pneumothorax), causing breathlessness or chest pain. Injections near the spine can, rarely, puncture the covering of the spinal cord, causing a headache that is worse when sitting or standing.

After each session
We will send you a short check-in about three days after each session. Call the clinic, or emergency services if it is urgent, if you have spreading redness or swelling, a fever, shortness of breath or chest pain, a headache that worsens on sitting or standing, or new numbness or weakness.

Your choice
You can ask questions at any time, and you can stop the treatment at any time without affecting your other care.

I confirm that the treatment, its expected benefits, its risks and the alternatives have been explained to me, that my questions have been answered, and that I agree to the course of injections described.',
  '2020-01-01',
  '2020-01-01T00:00:00.000Z'
);
