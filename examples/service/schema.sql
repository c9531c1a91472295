-- The event store of the reference service: one row per event, in the order recorded.
-- The events are the library's JSON, validated and accepted by the lifecycle before they are stored.
CREATE TABLE IF NOT EXISTS complaint_events (
  complaint_id text        NOT NULL,
  seq          integer     NOT NULL CHECK (seq >= 0),
  type         text        NOT NULL,
  event        jsonb       NOT NULL,
  recorded_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (complaint_id, seq)
);
CREATE INDEX IF NOT EXISTS complaint_events_type ON complaint_events (type);
