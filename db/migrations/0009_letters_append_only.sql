-- A letter is kept exactly as it was sent: the database refuses to change or remove one.
CREATE TRIGGER `letters_no_update` BEFORE UPDATE ON `letters`
BEGIN
  SELECT RAISE(ABORT, 'letters are kept as sent');
END;
--> statement-breakpoint
CREATE TRIGGER `letters_no_delete` BEFORE DELETE ON `letters`
BEGIN
  SELECT RAISE(ABORT, 'letters are kept as sent');
END;
