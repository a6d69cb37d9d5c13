-- Codes for the free-text anaesthetic typed before the coded list: spelling variants of a listed agent and strength
-- map to its code, "none" to none, anything else to 'other'. The typed text stays in `anaesthetic` (never exported).
update injections set anaesthetic_agent = case lower(replace(replace(trim(anaesthetic), ' ', ''), '%', ''))
    when 'lidocaine1' then 'lidocaine_1' when 'lignocaine1' then 'lidocaine_1' when 'xylocaine1' then 'lidocaine_1'
    when 'lidocaine1.0' then 'lidocaine_1' when 'lignocaine1.0' then 'lidocaine_1'
    when 'lidocaine2' then 'lidocaine_2' when 'lignocaine2' then 'lidocaine_2' when 'xylocaine2' then 'lidocaine_2'
    when 'lidocaine2.0' then 'lidocaine_2' when 'lignocaine2.0' then 'lidocaine_2'
    when 'bupivacaine0.25' then 'bupivacaine_0_25' when 'marcaine0.25' then 'bupivacaine_0_25'
    when 'bupivacaine0.5' then 'bupivacaine_0_5' when 'bupivacaine0.50' then 'bupivacaine_0_5' when 'marcaine0.5' then 'bupivacaine_0_5'
    when 'ropivacaine0.2' then 'ropivacaine_0_2' when 'naropin0.2' then 'ropivacaine_0_2'
    when 'ropivacaine0.75' then 'ropivacaine_0_75' when 'naropin0.75' then 'ropivacaine_0_75'
    when 'none' then 'none' when 'nil' then 'none' when '' then 'none'
    else 'other' end
  where anaesthetic is not null;
