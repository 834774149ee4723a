-- Version 2: event-level near-duplicate marking.
-- An event of a near-duplicate copy that repeats an event already stored in its group (same type,
-- actor country, recipient country and date) points at it through copy_of; events_unique keeps
-- only events with copy_of NULL, so a re-posted story adds nothing while an updated copy's new
-- events still count.
ALTER TABLE events ADD COLUMN copy_of TEXT;
CREATE INDEX events_copy_of ON events(copy_of);
CREATE INDEX events_dedup_key ON events(type, date);

-- Backfill for stores written at version 1: mark events of non-representative articles that repeat
-- an event of their group's representative.
UPDATE events SET copy_of = (
    SELECT o.id FROM events o JOIN articles ao ON ao.id = o.article_id
    JOIN articles a ON a.id = events.article_id
    WHERE ao.id = a.dup_group AND o.type = events.type
      AND coalesce(o.actor_country, '') = coalesce(events.actor_country, '')
      AND coalesce(o.recipient_country, '') = coalesce(events.recipient_country, '')
      AND coalesce(o.date, '') = coalesce(events.date, '')
    ORDER BY o.n LIMIT 1)
WHERE article_id IN (SELECT id FROM articles WHERE dup_group != id);

DROP VIEW events_unique;
CREATE VIEW events_unique AS SELECT * FROM events WHERE copy_of IS NULL;
