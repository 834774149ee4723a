-- Version 3: PLOVER's auxiliary mode "historical" (a past event retold as background).
-- Events stored before keep 0: ingest the articles into a new store to fill it.
ALTER TABLE events ADD COLUMN historical INTEGER NOT NULL DEFAULT 0;
DROP VIEW events_unique;
CREATE VIEW events_unique AS SELECT * FROM events WHERE copy_of IS NULL;
