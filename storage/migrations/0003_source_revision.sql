-- A counter bumped each time a check stores what it found: a check whose observation was read
-- before another check stored its own sees the counter moved and stores nothing twice.
ALTER TABLE source_state ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
