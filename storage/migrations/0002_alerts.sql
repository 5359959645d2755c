-- What alerts/ writes: subscriptions, the routing mark on events, and the delivery outbox.

CREATE TABLE subscriptions (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    channel TEXT NOT NULL,          -- email | slack | webhook | console
    target TEXT NOT NULL,           -- address, Slack channel, webhook URL or console label
    destinations TEXT NOT NULL,     -- JSON list of ISO codes; ["*"] = any destination
    categories TEXT NOT NULL,       -- JSON list of taxonomy ids; [] = any category
    min_severity TEXT NOT NULL,     -- low | medium | high | critical
    sources TEXT NOT NULL,          -- JSON list of source ids; [] = any source
    immediate INTEGER NOT NULL DEFAULT 1,  -- 0: digest only, no alert per notice
    digest TEXT NOT NULL DEFAULT 'none',   -- none | daily | weekly
    digest_day TEXT,                -- mon..sun (weekly)
    digest_hour INTEGER,            -- 0..23, in the subscription's time zone
    timezone TEXT NOT NULL DEFAULT 'UTC',
    unsubscribe_token TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,       -- events detected before this are never alerted to it
    removed_at TEXT                 -- set by `subscriptions remove` / `unsubscribe`
);

-- An event is routed once, whether it matched anything or not (unclassified ones wait).
CREATE TABLE routed_events (
    event_id INTEGER PRIMARY KEY REFERENCES events(id),
    routed_at TEXT NOT NULL,
    deliveries INTEGER NOT NULL
);

-- The outbox. One row per (event, subscription) for alerts, per (subscription, period) for
-- digests, per (notice key, target) for admin notices: `key` is unique, so routing twice or
-- two processes routing at once never doubles a message.
CREATE TABLE deliveries (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,             -- alert | digest | admin
    subscription_id INTEGER REFERENCES subscriptions(id),
    event_id INTEGER REFERENCES events(id),
    channel TEXT NOT NULL,
    target TEXT NOT NULL,
    -- alert grouping: the same notice seen twice is one alert (see alerts/grouping.py)
    fingerprint_key TEXT,           -- operator | fingerprint
    title_key TEXT,                 -- operator | kind | normalised title
    source_id TEXT,
    event_detected_at TEXT,
    merged_into INTEGER REFERENCES deliveries(id),  -- status 'merged': sent as part of that one
    -- digest
    period_start TEXT,
    period_end TEXT,
    -- admin notice
    subject TEXT,
    body TEXT,
    notice_source_id TEXT,
    -- state: pending -> sending -> sent; failed (retried at next_attempt_at) -> ... -> given_up;
    -- merged, skipped (empty digest), cancelled (subscription removed) are final and unsent.
    status TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    next_attempt_at TEXT,
    claimed_at TEXT,
    claim_token TEXT,
    first_failed_at TEXT,
    last_error TEXT,
    sent_at TEXT,
    finished_at TEXT                -- sent, given up, merged, skipped or cancelled
);
CREATE INDEX deliveries_due ON deliveries(status, next_attempt_at);
CREATE INDEX deliveries_fingerprint ON deliveries(subscription_id, fingerprint_key);
CREATE INDEX deliveries_title ON deliveries(subscription_id, title_key);
CREATE INDEX deliveries_merged ON deliveries(merged_into);
CREATE INDEX deliveries_event ON deliveries(event_id);
