-- SPDX-License-Identifier: MIT
-- The schema the demo application's code expects (resources/demo/demo.sql is the database as
-- it drifted). Compare them with:
--   schemamedic --db sqlite:build/demo/demo.db --expected resources/demo/expected.sql
-- What differs, on purpose: annotations.user_id became free text with a default (seed 000),
-- campaign_task was renamed campaign_tasks, campaigns.name became NOT NULL while four rows
-- hold NULL, reviews has CHECK constraints the live table lost, a briefings table is missing,
-- and the migration history is one revision behind.

CREATE TABLE users (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    email       TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name TEXT,
    role        TEXT NOT NULL DEFAULT 'annotator' CHECK (role IN ('admin', 'reviewer', 'annotator')),
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    last_login  TEXT
);

CREATE TABLE campaigns (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    owner_id    INTEGER REFERENCES users (id) ON DELETE SET NULL,
    status      TEXT NOT NULL DEFAULT 'draft'
                CONSTRAINT campaign_status CHECK (status IN ('draft', 'running', 'closed')),
    budget_eur  NUMERIC(10, 2),
    starts_on   DATE,
    ends_on     DATE,
    CONSTRAINT campaign_dates CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
);

CREATE TABLE campaign_tasks (
    "taskId"      INTEGER PRIMARY KEY,
    "campaignId"  INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    "taskType"    TEXT NOT NULL DEFAULT 'bbox',
    "imageUrl"    TEXT NOT NULL,
    "isDone"      BOOLEAN NOT NULL DEFAULT 0,
    "assignedTo"  INTEGER REFERENCES users (id),
    UNIQUE ("campaignId", "imageUrl")
);

CREATE TABLE annotations (
    id          INTEGER PRIMARY KEY,
    task_id     INTEGER NOT NULL REFERENCES campaign_tasks ("taskId") ON DELETE CASCADE,
    user_id     VARCHAR(255) DEFAULT 'anonymous',
    label       TEXT NOT NULL,
    confidence  REAL CHECK (confidence IS NULL OR (confidence >= 0 AND confidence <= 1)),
    x           INTEGER NOT NULL,
    y           INTEGER NOT NULL,
    width       INTEGER NOT NULL CHECK (width > 0),
    height      INTEGER NOT NULL CHECK (height > 0),
    comment     TEXT,
    created_at  TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at  TEXT
);

CREATE TABLE reviews (
    id            INTEGER PRIMARY KEY,
    annotation_id INTEGER NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,
    reviewer_id   INTEGER REFERENCES users (id) ON DELETE SET NULL,
    "order"       INTEGER NOT NULL DEFAULT 1 CHECK ("order" BETWEEN 1 AND 3),
    verdict       TEXT NOT NULL CHECK (verdict IN ('accepted', 'rejected', 'needs_work')),
    score         INTEGER CHECK (score BETWEEN 1 AND 5),
    note          TEXT,
    reviewed_at   TEXT NOT NULL
);

CREATE INDEX annotations_user_idx ON annotations (user_id);
CREATE INDEX annotations_task_label_idx ON annotations (task_id, label);
CREATE INDEX campaign_task_open_idx ON campaign_tasks ("campaignId") WHERE "isDone" = 0;
CREATE UNIQUE INDEX users_email_lower_idx ON users (lower(email));
CREATE UNIQUE INDEX reviews_once_idx ON reviews (annotation_id, "order");

CREATE TRIGGER annotations_touch AFTER UPDATE OF label, x, y, width, height ON annotations
FOR EACH ROW WHEN NEW.updated_at IS OLD.updated_at
BEGIN
    UPDATE annotations SET updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = NEW.id;
END;

CREATE TABLE briefings (
    id          INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    body        TEXT NOT NULL,
    created_at  TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE VIEW campaign_progress AS
SELECT c.id AS campaign_id,
       coalesce(c.name, '(unnamed #' || c.id || ')') AS campaign,
       count(t."taskId") AS tasks,
       sum(t."isDone") AS done,
       round(100.0 * sum(t."isDone") / max(count(t."taskId"), 1), 1) AS percent_done
FROM campaigns c
LEFT JOIN campaign_tasks t ON t."campaignId" = c.id
GROUP BY c.id;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO alembic_version VALUES ('f3a9c2d17b40');
