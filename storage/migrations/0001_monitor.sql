-- What monitor/ writes: per-source state, fetch log, notices, their versions and change events.

CREATE TABLE source_state (
    source_id TEXT PRIMARY KEY,
    etag TEXT,
    last_modified TEXT,
    body_hash TEXT,                 -- hash of the last raw body: an identical body skips extraction
    last_check_at TEXT,             -- last attempt, success or not
    last_success_at TEXT,
    last_status TEXT,               -- 'ok', 'not_modified', 'error'
    last_error TEXT,
    consecutive_failures INTEGER NOT NULL DEFAULT 0,
    failing_since TEXT,
    next_due_at TEXT,               -- when the scheduler should check it next
    baseline_at TEXT,               -- set once the first successful check recorded a baseline
    notice_count INTEGER,           -- notices extracted at the last successful check
    ever_had_notices INTEGER NOT NULL DEFAULT 0,
    admin_alerted TEXT              -- JSON: which admin alerts are raised and not yet cleared
);

CREATE TABLE fetches (
    id INTEGER PRIMARY KEY,
    source_id TEXT NOT NULL,
    started_at TEXT NOT NULL,
    url TEXT,
    status INTEGER,
    bytes INTEGER,
    duration_ms INTEGER,
    not_modified INTEGER NOT NULL DEFAULT 0,
    error TEXT
);
CREATE INDEX fetches_source ON fetches(source_id, started_at);

-- Each distinct notice text once, by hash of the text.
CREATE TABLE contents (
    hash TEXT PRIMARY KEY,
    text TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE notices (
    id INTEGER PRIMARY KEY,
    source_id TEXT NOT NULL,
    key TEXT NOT NULL,
    title TEXT,
    url TEXT,
    published TEXT,
    content_hash TEXT REFERENCES contents(hash),
    norm_hash TEXT,                 -- hash of the normalised text: what comparisons use
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    removed_at TEXT,
    UNIQUE (source_id, key)
);

CREATE TABLE notice_versions (
    id INTEGER PRIMARY KEY,
    notice_id INTEGER NOT NULL REFERENCES notices(id),
    content_hash TEXT NOT NULL REFERENCES contents(hash),
    norm_hash TEXT NOT NULL,
    seen_at TEXT NOT NULL
);
CREATE INDEX notice_versions_notice ON notice_versions(notice_id, id);

CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    source_id TEXT NOT NULL,
    source_name TEXT,
    operator TEXT,
    source_kind TEXT,               -- customs | postal | carrier | other
    origin TEXT,
    notice_id INTEGER REFERENCES notices(id),
    notice_key TEXT,
    kind TEXT NOT NULL,             -- new | updated | removed
    title TEXT,
    url TEXT,
    published TEXT,
    detected_at TEXT NOT NULL,
    text TEXT,                      -- the notice's text at this event
    added_text TEXT,                -- for updated: the lines the diff added
    diff TEXT,                      -- unified diff of the normalised text (updated)
    fingerprint TEXT,               -- hash of the normalised title + text: the same notice elsewhere
    relevant INTEGER,               -- classification (NULL until classified)
    destinations TEXT,              -- JSON list of ISO codes or '*'
    categories TEXT,                -- JSON list of taxonomy ids
    change_kind TEXT,
    severity TEXT,                  -- critical | high | medium | low | none
    evidence TEXT,                  -- JSON
    classified_at TEXT
);
CREATE INDEX events_detected ON events(detected_at);
CREATE INDEX events_source ON events(source_id, detected_at);
CREATE INDEX events_fingerprint ON events(fingerprint);
